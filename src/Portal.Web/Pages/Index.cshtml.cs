using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Pages.Institutions;
using Portal.Web.Pages.News;

namespace Portal.Web.Pages;

/// <summary>The home page: what the Contact Group is, the latest news, the priorities, who does what.</summary>
public sealed class IndexModel(PortalDb db) : PublicPageModel
{
    private const int LatestNewsCount = 3;
    public const string PrioritiesSlug = "priorities";

    public FixedPageText Home { get; private set; } = null!;
    public FixedPageText? Priorities { get; private set; }
    public IReadOnlyList<NewsCard> LatestNews { get; private set; } = [];
    public IReadOnlyList<InstitutionCard> Institutions { get; private set; } = [];

    public override PageHead Head => new(Home.Title, Home.Summary) { Section = NavSection.Home };

    public async Task<IActionResult> OnGetAsync(string lang, CancellationToken cancellationToken)
    {
        var texts = await db.FixedPageTextsAsync(PublicPages.HomeSlug, PrioritiesSlug, lang, cancellationToken);
        if (!texts.TryGetValue(PublicPages.HomeSlug, out var home))
        {
            return NotFound();
        }

        Home = home;
        Priorities = texts.GetValueOrDefault(PrioritiesSlug);
        LatestNews = await db.PublishedCards(lang, db.News.PublishedNewestFirst().Take(LatestNewsCount)).AsNoTracking()
            .ToListAsync(cancellationToken);
        Institutions = await db.InstitutionCards(lang).AsNoTracking().ToListAsync(cancellationToken);
        return Page();
    }
}
