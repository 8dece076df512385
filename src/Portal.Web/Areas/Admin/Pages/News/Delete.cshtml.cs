using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Areas.Admin.News;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Areas.Admin.Pages.News;

/// <summary>Deleting a news item, after a confirmation step.</summary>
public sealed class DeleteModel(PortalDb db, NewsWriter writer, IStringLocalizer<AdminResource> text) : NewsroomPageModel(text)
{
    public override string Title => Text["Delete.Title"];

    [FromRoute]
    public int Id { get; set; }

    /// <summary>The version the editor confirmed the deletion of.</summary>
    [BindProperty]
    public int Version { get; set; }

    public string Slug { get; private set; } = "";
    public string ItemTitle { get; private set; } = "";
    public bool ChangedMeanwhile { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(tracked: false, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        Show(item);
        Version = item.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(tracked: true, cancellationToken) is not { } item)
        {
            return NotFound();
        }

        Show(item);
        var outcome = await writer.DeleteAsync(item, Version, User.Identity!.Name!, cancellationToken);
        if (outcome.IsConflict)
        {
            // Someone saved it after this page was shown: the editor confirms again, knowing that.
            ChangedMeanwhile = true;
            ModelState.Remove(nameof(Version));
            Version = await db.News.Where(n => n.Id == Id).Select(n => n.Version).FirstOrDefaultAsync(cancellationToken);
            return Page();
        }

        return RedirectToPage("/Index", new { deleted = Slug });
    }

    private void Show(NewsItem item)
    {
        Slug = item.Slug;
        ItemTitle = item.Translations.FirstOrDefault(t => t.Language == Languages.English)?.Title ?? item.Slug;
    }

    private Task<NewsItem?> LoadAsync(bool tracked, CancellationToken cancellationToken) =>
        (tracked ? db.News : db.News.AsNoTracking()).Include(n => n.Translations).FirstOrDefaultAsync(n => n.Id == Id, cancellationToken);
}
