using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Localization;
using Portal.Web.Pages.Institutions;
using Portal.Web.Pages.News;

namespace Portal.Web.Pages;

/// <summary>The home page: what the Contact Group is, the latest news, the priorities, who does what.</summary>
public sealed class IndexModel(PortalDb db) : PageModel
{
    private const int LatestNewsCount = 3;

    public Translated<ContentPageText> Home { get; private set; } = null!;
    public Translated<ContentPageText>? Priorities { get; private set; }
    public IReadOnlyList<NewsCard> LatestNews { get; private set; } = [];
    public IReadOnlyList<InstitutionCard> Institutions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string lang, CancellationToken cancellationToken)
    {
        if (await db.LoadPageAsync("home", lang, cancellationToken) is not { } home)
        {
            return NotFound();
        }

        Home = home;
        Priorities = await db.LoadPageAsync("priorities", lang, cancellationToken);
        LatestNews = await db.News.AsNoTracking().PublishedCards(lang).Take(LatestNewsCount).ToListAsync(cancellationToken);
        Institutions = await db.Institutions.AsNoTracking().Cards(lang).ToListAsync(cancellationToken);
        return Page();
    }
}
