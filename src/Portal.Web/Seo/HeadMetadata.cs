using Microsoft.AspNetCore.Http.Extensions;
using Portal.Web.Localization;
using Portal.Web.Pages;

namespace Portal.Web.Seo;

/// <summary>An alternate of a page: hreflang and absolute URL.</summary>
public sealed record AlternateLink(string HrefLang, string Url);

/// <summary>What the head of a page says about it to search engines, feed readers and link previews.</summary>
public sealed record HeadMetadata(
    string? CanonicalUrl,
    IReadOnlyList<AlternateLink> Alternates,
    string OgType,
    string OgLocale,
    IReadOnlyList<string> OgLocaleAlternates,
    string FeedUrl,
    bool NoIndex)
{
    /// <summary>Query parameters that make a different page (the news list's page N, a search); any other is left out.</summary>
    private static readonly string[] MeaningfulQuery = [PublicLinks.SearchQuery, PublicLinks.PageQuery];

    public static HeadMetadata For(HttpContext context, PageHead head, PublicAddress address, PublicLinks links)
    {
        var request = context.Request;
        var language = Languages.Current;
        string Absolute(string path) => address.Absolute(path);

        var feedUrl = Absolute(links.Feed(language));
        var locales = Languages.All.ToDictionary(l => l, OgLocaleOf);
        var otherLocales = Languages.All.Where(l => l != language).Select(l => locales[l]).ToList();
        var ogType = head.IsArticle ? "article" : "website";

        // An error page has no address of its own to recommend.
        if (context.Response.StatusCode != StatusCodes.Status200OK)
        {
            return new HeadMetadata(null, [], ogType, locales[language], otherLocales, feedUrl, NoIndex: true);
        }

        var route = context.GetRouteData().Values;
        var query = Query(request);
        var alternates = Languages.All
            .Select(l => new AlternateLink(l, Absolute(links.InLanguage(route, l) + query)))
            .Append(new AlternateLink("x-default", Absolute(links.InLanguage(route, Languages.English) + query)))
            .ToList();
        return new HeadMetadata(Absolute(links.InLanguage(route, language) + query), alternates, ogType, locales[language],
            otherLocales, feedUrl, head.NoIndex);
    }

    private static string OgLocaleOf(string language) => language switch
    {
        "en" => "en_GB",
        "fr" => "fr_FR",
        "ru" => "ru_RU",
        "be" => "be_BY",
        _ => language,
    };

    private static string Query(HttpRequest request)
    {
        var query = new QueryBuilder();
        foreach (var name in MeaningfulQuery)
        {
            // Page 1 is the list itself.
            if (request.Query[name] is { Count: > 0 } values && !string.IsNullOrEmpty(values[0]) && !(name == PublicLinks.PageQuery && values[0] == "1"))
            {
                query.Add(name, values[0]!);
            }
        }

        return query.ToString();
    }
}
