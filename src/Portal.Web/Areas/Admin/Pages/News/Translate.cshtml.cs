using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Areas.Admin.News;
using Portal.Web.Areas.Admin.Translations;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Areas.Admin.Pages.News;

/// <summary>
/// <c>/admin/news/{id}/translate/{lang}</c>: one item in one target language, the English read-only beside the language's fields,
/// what changed in the English since the translation was made, and "mark as up to date".
/// </summary>
[LenientFormReading]
public sealed class TranslateModel(PortalDb db, NewsFormRules rules, NewsWriter writer, IStringLocalizer<AdminResource> text)
    : NewsroomPageModel(text)
{
    private const string TextPrefix = $"{nameof(Input)}.{nameof(TranslationPageForm.Text)}.";

    [FromRoute]
    public int Id { get; set; }

    [FromRoute]
    public string Lang { get; set; } = "";

    [BindProperty]
    public TranslationPageForm Input { get; set; } = new();

    public string Slug { get; private set; } = "";
    public NewsStatus Status { get; private set; }
    public EnglishText English { get; private set; } = null!;
    public TranslationReview Review { get; private set; } = null!;
    public ConflictingVersion? Conflict { get; private set; }
    public override string Title => Text["Translate.Title", Slug, Languages.NativeName(Lang)];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(tracked: false, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        var stored = item.Translations.FirstOrDefault(t => t.Language == Lang);
        Input = new TranslationPageForm
        {
            Version = item.Version,
            Text = new TranslationForm
            {
                Language = Lang, Title = stored?.Title, Summary = stored?.Summary, Place = stored?.Place, Body = stored?.BodyMarkdown,
            },
        };
        return Show(item);
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(tracked: true, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        Input.Text.Language = Lang;
        await CheckAsync(item, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Show(item);
        }

        var outcome = await writer.SaveTranslationAsync(item, Input.Text, Input.Version, User.Identity!.Name!, cancellationToken);
        return outcome.IsConflict
            ? await ShowConflictAsync(cancellationToken)
            : RedirectToPage(new { id = Id, lang = Lang, saved = "translation" });
    }

    public async Task<IActionResult> OnPostMarkUpToDateAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(tracked: true, cancellationToken) is not { } item || item.Translations.All(t => t.Language != Lang))
        {
            return NotFound();
        }

        var outcome = await writer.MarkUpToDateAsync(item, Lang, Input.Version, User.Identity!.Name!, cancellationToken);
        if (!outcome.IsConflict)
        {
            return RedirectToPage(new { id = Id, lang = Lang, saved = "marked" });
        }

        // The translator's text stays what is stored: only the other editor's save is news to them.
        var current = await LoadAsync(tracked: false, cancellationToken);
        Input.Text = NewsForm.From(current!, "").In(Lang) ?? new TranslationForm { Language = Lang };
        ModelState.Clear();
        return await ShowConflictAsync(cancellationToken);
    }

    /// <summary>The item's rules (lengths, characters, what publishing needs) on the item with this language's text in it.</summary>
    private async Task CheckAsync(NewsItem item, CancellationToken cancellationToken)
    {
        var institution = await db.Institutions.Where(i => i.Id == item.InstitutionId).Select(i => i.Slug).FirstAsync(cancellationToken);
        var form = NewsForm.From(item, institution);
        var index = form.Translations.FindIndex(t => t.Language == Lang);
        form.Translations[index] = Input.Text;
        var errors = new ModelStateDictionary();
        await rules.CheckAsync(form, item.Id, item.Status == NewsStatus.Published, errors, cancellationToken);

        // Only this language's fields are on the page: the others are as stored, and not the translator's to fix.
        var field = $"{nameof(Input)}.{nameof(NewsForm.Translations)}[{index}].";
        foreach (var (key, entry) in errors.Where(e => e.Key.StartsWith(field, StringComparison.Ordinal)))
        {
            foreach (var error in entry!.Errors)
            {
                ModelState.AddModelError(TextPrefix + key[field.Length..], error.ErrorMessage);
            }
        }
    }

    /// <summary>
    /// Keeps the translator's text, shows the other editor's version, and what changed in the English since the version the
    /// translator saw (the conflict path of the full editor); a new save then knowingly replaces it.
    /// </summary>
    private async Task<IActionResult> ShowConflictAsync(CancellationToken cancellationToken)
    {
        var seenVersion = Input.Version;
        if (await LoadAsync(tracked: false, cancellationToken) is not { } current)
        {
            return NotFound(); // deleted meanwhile
        }

        var revisions = db.NewsRevisions.AsNoTracking().Where(r => r.NewsItemId == current.Id);
        var last = await revisions.OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var seen = (await revisions.Where(r => r.Version == seenVersion).OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken))
            ?.Texts.FirstOrDefault(t => t.Language == Languages.English);
        var institution = await db.Institutions.Where(i => i.Id == current.InstitutionId).Select(i => i.Slug).FirstOrDefaultAsync(cancellationToken);
        Conflict = new ConflictingVersion(last?.SavedBy, last?.SavedAt, current.Status, NewsForm.From(current, institution ?? ""));
        ModelState.Remove($"{nameof(Input)}.{nameof(TranslationPageForm.Version)}");
        Input.Version = current.Version;
        var seenEnglish = seen is null
            ? null
            : new EnglishText { Title = seen.Title, Summary = seen.Summary, Place = seen.Place, BodyMarkdown = seen.BodyMarkdown };
        return Show(current, seenEnglish);
    }

    private PageResult Show(NewsItem item, EnglishText? seenEnglish = null)
    {
        Slug = item.Slug;
        Status = item.Status;
        English = EnglishText.Of(item.Translations.First(t => t.Language == Languages.English));
        Review = TranslationReview.Of(item, Lang, seenEnglish);
        return Page();
    }

    /// <summary>The item with its texts, or null when the item, its English or the language is not there to translate.</summary>
    private async Task<NewsItem?> LoadAsync(bool tracked, CancellationToken cancellationToken)
    {
        if (!TranslationQueue.IsTarget(Lang))
        {
            return null;
        }

        var news = tracked ? db.News : db.News.AsNoTracking();
        var item = await news.Include(n => n.Translations).FirstOrDefaultAsync(n => n.Id == Id, cancellationToken);
        return item?.Translations.Any(t => t.Language == Languages.English) == true ? item : null;
    }
}
