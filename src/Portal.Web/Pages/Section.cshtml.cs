using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Pages;

/// <summary>A fixed page from content/pages (priorities, history, highlights), with its timeline if it has one.</summary>
public sealed class SectionModel(PortalDb db) : PageModel
{
    private const string HomeSlug = "home";

    public Translated<ContentPageText> Text { get; private set; } = null!;
    public IReadOnlyList<TimelineEntry> CouncilTimeline { get; private set; } = [];
    public IReadOnlyList<TimelineEntry> NatoTimeline { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string lang, string slug, CancellationToken cancellationToken)
    {
        // The home page's text lives at /{lang}/, not twice.
        if (slug == HomeSlug || await db.LoadPageAsync(slug, lang, cancellationToken) is not { } text)
        {
            return NotFound();
        }

        Text = text;
        var timeline = await db.TimelineEntries.AsNoTracking()
            .Where(e => e.PageTranslationId == text.Text.TranslationId)
            .OrderBy(e => e.Year).ThenBy(e => e.Position)
            .ToListAsync(cancellationToken);
        CouncilTimeline = timeline.Where(e => e.Strand == TimelineStrand.Council).ToList();
        NatoTimeline = timeline.Where(e => e.Strand == TimelineStrand.Nato).ToList();
        return Page();
    }
}
