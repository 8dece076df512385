using Microsoft.AspNetCore.Http.Extensions;
using Portal.Web.Localization;
using Portal.Web.Search;

namespace Portal.Web.Pages;

/// <summary>
/// Every address of the public site, from the route templates of its pages and endpoints: paths from the site's root
/// (<c>/fr/news/some-slug</c>), for links in pages, feeds, the sitemap and the language switcher alike.
/// </summary>
public sealed class PublicLinks(LinkGenerator links)
{
    public const string FeedEndpoint = "feed";
    public const string SitemapEndpoint = "sitemap";
    public const string SitemapFileEndpoint = "sitemap-file";
    public const string PageQuery = "page";
    public const string SearchQuery = "q";

    // A home page is a folder of its language (/fr/), as readers and the sitemap have always had it.
    public string Home(string language) => PageIn(PublicPages.Home, language).TrimEnd('/') + "/";

    public string FixedPage(string language, string slug) =>
        slug == PublicPages.HomeSlug ? Home(language) : PageIn(PublicPages.Fixed, language, slug);

    public string News(string language, int pageNumber = 1) =>
        Pager.AddressOf(PageIn(PublicPages.News, language), pageNumber);

    public string NewsItem(string language, string slug) => PageIn(PublicPages.NewsItem, language, slug);

    public string Institutions(string language) => PageIn(PublicPages.Institutions, language);

    public string Institution(string language, string slug, int pageNumber = 1) =>
        Pager.AddressOf(PageIn(PublicPages.Institution, language, slug), pageNumber);

    public string Search(string language) => PageIn(PublicPages.Search, language);

    public string Search(string language, string query, int pageNumber = 1) =>
        Pager.AddressOf(Search(language) + new QueryBuilder { { SearchQuery, query } }, pageNumber);

    public string Feed(string language) => links.GetPathByName(FeedEndpoint, new { lang = language })
        ?? throw new InvalidOperationException("no feed endpoint");

    public string Sitemap() => links.GetPathByName(SitemapEndpoint, values: null)
        ?? throw new InvalidOperationException("no sitemap endpoint");

    /// <summary>One file of the sitemap, from 1, when /sitemap.xml is their index.</summary>
    public string SitemapFile(int number) => links.GetPathByName(SitemapFileEndpoint, new { number })
        ?? throw new InvalidOperationException("no sitemap file endpoint");

    /// <summary>The newsroom's front door, which crawlers are asked to leave alone.</summary>
    public string Newsroom() => links.GetPathByPage("/Index", values: new { area = "Admin" })
        ?? throw new InvalidOperationException("no newsroom page");

    /// <summary>Where a search result leads.</summary>
    public string Found(SearchKind kind, string language, string slug) => kind switch
    {
        SearchKind.News => NewsItem(language, slug),
        SearchKind.Institution => Institution(language, slug),
        _ => FixedPage(language, slug),
    };

    /// <summary>The same public page in another language (slugs are the same in every language); any other page: that language's home.</summary>
    public string InLanguage(RouteValueDictionary route, string language) =>
        route["page"] is string page && page != PublicPages.Status && page != PublicPages.Home && route["lang"] is string
            ? links.GetPathByPage(page, values: new RouteValueDictionary(route) { ["lang"] = language }) ?? Home(language)
            : Home(language);

    private string PageIn(string page, string language, string? slug = null) =>
        links.GetPathByPage(page, values: new { lang = language, slug })
        ?? throw new InvalidOperationException($"no route to {page} in '{language}' for '{slug}'");
}
