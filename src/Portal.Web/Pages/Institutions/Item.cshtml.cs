using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Data;
using Portal.Web.Localization;
using Portal.Web.Pages.News;

namespace Portal.Web.Pages.Institutions;

/// <summary>One institution: its role, its positions and the news that concern it, newest first, ten to a page.</summary>
public sealed class ItemModel(PortalDb db, PublicLinks links, IStringLocalizer<SharedResource> text) : PublicPageModel
{
    public const int PageSize = 10;
    public const string NewsId = "institution-news";

    public string Slug { get; private set; } = "";
    public InstitutionText Text { get; private set; } = null!;
    public IReadOnlyList<NewsCard> News { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    /// <summary>The institution's sections: its text's headings, then its news.</summary>
    public IReadOnlyList<ContentsEntry> Contents =>
        [.. TableOfContents.Headings(Text.BodyHtml), new ContentsEntry(NewsId, text["Institution.News"])];

    public PagerLinks PagerLinks => new(Pager, text["Pagination.Label"], text["Pagination.Newer"], text["Pagination.Older"],
        number => links.Institution(Languages.Current, Slug, number));

    public override PageHead Head => new(
        Pager.Number > 1 ? $"{Text.Title} ({text["Pagination.PageOf", Pager.Number, Pager.Count]})" : Text.Title,
        Text.Summary)
    {
        Section = NavSection.Institutions,
    };

    /// <param name="page">The page of news; anything but a page that exists is a 404 (page 1 always exists).</param>
    public async Task<IActionResult> OnGetAsync(string lang, string slug, [FromQuery] string? page, CancellationToken cancellationToken)
    {
        if (await db.InstitutionTextAsync(slug, lang, cancellationToken) is not { } institution)
        {
            return NotFound();
        }

        var news = db.News.Where(n => n.Institution!.Slug == slug);
        var total = await news.CountAsync(n => n.Status == NewsStatus.Published, cancellationToken);
        if (Pager.For(page, total, PageSize) is not { } pager)
        {
            return NotFound();
        }

        (Slug, Text, Pager) = (slug, institution, pager);
        News = await db.PublishedCards(lang, news.PublishedNewestFirst().Skip(pager.Skip).Take(pager.Size)).AsNoTracking()
            .ToListAsync(cancellationToken);
        return Page();
    }
}
