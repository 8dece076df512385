using Portal.Web.Pages;

namespace Portal.Web.Caching;

/// <summary>What a cached public response shows, so that a change evicts exactly the pages that show it.</summary>
public static class CacheTags
{
    /// <summary>Every public response: the start-up import may change anything.</summary>
    public const string All = "public";
    public const string Home = "home";
    public const string NewsLists = "news-lists";
    public const string Institutions = "institutions";
    public const string Search = "search";
    public const string Feeds = "feeds";
    public const string Sitemap = "sitemap";

    public static string NewsItem(string slug) => "news:" + slug;

    public static string Institution(string slug) => "institution:" + slug;

    public static string FixedPage(string slug) => "page:" + slug;

    /// <summary>The tags of a public page, from the route that chose it.</summary>
    public static IEnumerable<string> OfPage(RouteValueDictionary route)
    {
        var slug = route["slug"] as string ?? "";
        string? tag = (route["page"] as string) switch
        {
            PublicPages.Home => Home,
            PublicPages.Fixed => FixedPage(slug),
            PublicPages.News => NewsLists,
            PublicPages.NewsItem => NewsItem(slug),
            PublicPages.Institutions => Institutions,
            PublicPages.Institution => Institution(slug),
            PublicPages.Search => Search,
            _ => null,
        };
        return tag is null ? [All] : [All, tag];
    }

    /// <summary>What a news item shows up on: its page (under its old and new slug), the lists, feeds, sitemap, search, its institutions.</summary>
    public static IEnumerable<string> OfNewsItem(IEnumerable<string> slugs, IEnumerable<string> institutionSlugs) =>
        [.. slugs.Distinct().Select(NewsItem), .. institutionSlugs.Distinct().Select(Institution), Home, NewsLists, Feeds, Sitemap, Search];
}
