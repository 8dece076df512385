using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Pages.News;

/// <summary>News and events, newest first, ten to a page.</summary>
public sealed class IndexModel(PortalDb db, PublicLinks links, IStringLocalizer<SharedResource> text) : PublicPageModel
{
    public const int PageSize = 10;

    public IReadOnlyList<NewsCard> Items { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    public PagerLinks PagerLinks => new(Pager, text["Pagination.Label"], text["Pagination.Newer"], text["Pagination.Older"],
        number => links.News(Languages.Current, number));

    public override PageHead Head => new(
        Pager.Number > 1 ? $"{text["News.Title"]} ({text["Pagination.PageOf", Pager.Number, Pager.Count]})" : text["News.Title"],
        text["News.Summary"])
    {
        Section = NavSection.News,
    };

    /// <param name="page">The page number; anything but a page that exists is a 404 (page 1 always exists).</param>
    public async Task<IActionResult> OnGetAsync(string lang, [FromQuery] string? page, CancellationToken cancellationToken)
    {
        var total = await db.News.CountAsync(n => n.Status == NewsStatus.Published, cancellationToken);
        if (Pager.For(page, total, PageSize) is not { } pager)
        {
            return NotFound();
        }

        Pager = pager;
        Items = await db.PublishedCards(lang, db.News.PublishedNewestFirst().Skip(pager.Skip).Take(pager.Size)).AsNoTracking()
            .ToListAsync(cancellationToken);
        return Page();
    }
}
