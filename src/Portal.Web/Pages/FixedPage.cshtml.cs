using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;

namespace Portal.Web.Pages;

/// <summary>A fixed page from content/pages (priorities, history, highlights), with its timeline if it has one.</summary>
public sealed class FixedPageModel(PortalDb db, IStringLocalizer<SharedResource> localizer) : PublicPageModel
{
    public const string CouncilTimelineId = "timeline-council";
    public const string NatoTimelineId = "timeline-nato";

    public FixedPageText Text { get; private set; } = null!;
    public IReadOnlyList<TimelineEntry> CouncilTimeline { get; private set; } = [];
    public IReadOnlyList<TimelineEntry> NatoTimeline { get; private set; } = [];
    public string Slug { get; private set; } = "";

    /// <summary>The page's sections in reading order: the Council's timeline, the body's headings, NATO's timeline.</summary>
    public IReadOnlyList<ContentsEntry> Contents { get; private set; } = [];

    public override PageHead Head => new(Text.Title, Text.Summary)
    {
        Section = Enum.TryParse<NavSection>(Slug, ignoreCase: true, out var section) ? section : NavSection.None,
    };

    public async Task<IActionResult> OnGetAsync(string lang, string slug, CancellationToken cancellationToken)
    {
        // The home page's text lives at /{lang}/, not twice.
        if (slug == PublicPages.HomeSlug || await db.FixedPageTextAsync(slug, lang, cancellationToken) is not { } text)
        {
            return NotFound();
        }

        Text = text;
        Slug = slug;
        var timeline = await db.TimelineEntries.AsNoTracking()
            .Where(e => e.PageTranslationId == text.TranslationId)
            .OrderBy(e => e.Year).ThenBy(e => e.Position)
            .ToListAsync(cancellationToken);
        CouncilTimeline = timeline.Where(e => e.Strand == TimelineStrand.Council).ToList();
        NatoTimeline = timeline.Where(e => e.Strand == TimelineStrand.Nato).ToList();
        Contents = [
            .. CouncilTimeline.Count > 0 ? [new ContentsEntry(CouncilTimelineId, localizer["Timeline.Council"])] : Array.Empty<ContentsEntry>(),
            .. TableOfContents.Headings(text.BodyHtml),
            .. NatoTimeline.Count > 0 ? [new ContentsEntry(NatoTimelineId, localizer["Timeline.Nato"])] : Array.Empty<ContentsEntry>(),
        ];
        return Page();
    }
}
