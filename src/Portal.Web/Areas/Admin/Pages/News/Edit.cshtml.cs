using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Areas.Admin.News;
using Portal.Web.Areas.Admin.Translations;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Areas.Admin.Pages.News;

/// <summary>An institution as the editor's list of choices shows it.</summary>
public sealed record InstitutionChoice(string Slug, string Title);

/// <summary>The item as another editor saved it, shown when a save came too late.</summary>
public sealed record ConflictingVersion(string? SavedBy, DateTime? SavedAt, NewsStatus Status, NewsForm Text);

/// <summary>
/// The editor at <c>/admin/news/new</c> and <c>/admin/news/{id}/edit</c>: one form for the item and its four
/// languages, a preview, "save draft" and "publish".
/// </summary>
[LenientFormReading]
public sealed class EditModel(PortalDb db, NewsFormRules rules, NewsWriter writer, TimeProvider clock, IStringLocalizer<AdminResource> text)
    : NewsroomPageModel(text)
{
    [BindProperty]
    public NewsForm Input { get; set; } = new();

    [FromRoute]
    public int? Id { get; set; }

    public NewsStatus? Status { get; private set; }
    public IReadOnlyList<InstitutionChoice> Institutions { get; private set; } = [];
    public IReadOnlyList<(string Language, string Html)> Preview { get; private set; } = [];
    public ConflictingVersion? Conflict { get; private set; }
    public NewsRevision? RestoringFrom { get; private set; }

    /// <summary>Where each stored translation stands, and what changed in the English since an out-of-date one was made.</summary>
    public IReadOnlyDictionary<string, TranslationReview> Reviews { get; private set; } = new Dictionary<string, TranslationReview>();
    public bool IsNew => Id is null;
    public override string Title => IsNew ? Text["Edit.NewTitle"] : Text["Edit.Title", Input.Slug ?? ""];

    public async Task<IActionResult> OnGetAsync(int? revision, CancellationToken cancellationToken)
    {
        if (IsNew)
        {
            Input = NewsForm.Empty(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
            return await ShowAsync(cancellationToken);
        }

        if (await LoadAsync(tracked: false, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        var institution = await InstitutionSlugAsync(item.InstitutionId, cancellationToken);
        Input = NewsForm.From(item, institution);
        if (revision is not null)
        {
            RestoringFrom = await db.NewsRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == revision && r.NewsItemId == item.Id, cancellationToken);
            if (RestoringFrom is null)
            {
                return NotFound();
            }

            Input = NewsForm.From(RestoringFrom, await InstitutionSlugAsync(RestoringFrom.InstitutionId, cancellationToken), item.Version);
            Input.RestoredFrom = RestoringFrom.Id;
        }

        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken cancellationToken)
    {
        if (!IsNew && await LoadAsync(tracked: false, cancellationToken) is null)
        {
            return NotFound();
        }

        Preview = rules.Preview(Input, ModelState);
        return await ShowAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostSaveDraftAsync(CancellationToken cancellationToken) => SaveAsync(NewsStatus.Draft, cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(CancellationToken cancellationToken) => SaveAsync(NewsStatus.Published, cancellationToken);

    private async Task<IActionResult> SaveAsync(NewsStatus status, CancellationToken cancellationToken)
    {
        var item = IsNew ? null : await LoadAsync(tracked: true, cancellationToken);
        if (!IsNew && item is null)
        {
            return NotFound();
        }

        await rules.CheckAsync(Input, Id, status == NewsStatus.Published, ModelState, cancellationToken);
        if (!ModelState.IsValid)
        {
            return await ShowAsync(cancellationToken);
        }

        var outcome = await writer.SaveAsync(item, Input, status, User.Identity!.Name!, cancellationToken);
        if (outcome.IsConflict)
        {
            return await ShowConflictAsync(cancellationToken);
        }

        return RedirectToPage(new { id = outcome.ItemId, saved = status.ToString().ToLowerInvariant() });
    }

    /// <summary>Keeps the editor's text on the form, shows the other's beside it, and lets a new save knowingly replace it.</summary>
    private async Task<IActionResult> ShowConflictAsync(CancellationToken cancellationToken)
    {
        var current = await LoadAsync(tracked: false, cancellationToken);
        if (current is null)
        {
            return NotFound(); // deleted meanwhile
        }

        var last = await db.NewsRevisions.AsNoTracking().Where(r => r.NewsItemId == current.Id)
            .OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        Conflict = new ConflictingVersion(last?.SavedBy, last?.SavedAt, current.Status,
            NewsForm.From(current, await InstitutionSlugAsync(current.InstitutionId, cancellationToken)));
        ModelState.Remove($"{nameof(Input)}.{nameof(NewsForm.Version)}");
        Input.Version = current.Version;
        return await ShowAsync(cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        Institutions = await db.Institutions.AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Slug)
            .Select(i => new InstitutionChoice(i.Slug,
                i.Translations.Where(t => t.Language == Languages.English).Select(t => t.Title).FirstOrDefault() ?? i.Slug))
            .ToListAsync(cancellationToken);
        if (!IsNew && await LoadAsync(tracked: false, cancellationToken) is { } stored)
        {
            Status = stored.Status;
            Reviews = Languages.All.Where(l => l != Languages.English).ToDictionary(l => l, l => TranslationReview.Of(stored, l));
        }

        return Page();
    }

    private Task<NewsItem?> LoadAsync(bool tracked, CancellationToken cancellationToken)
    {
        var news = tracked ? db.News : db.News.AsNoTracking();
        return news.Include(n => n.Translations).FirstOrDefaultAsync(n => n.Id == Id, cancellationToken);
    }

    private async Task<string> InstitutionSlugAsync(int id, CancellationToken cancellationToken) =>
        await db.Institutions.Where(i => i.Id == id).Select(i => i.Slug).FirstOrDefaultAsync(cancellationToken) ?? "";
}
