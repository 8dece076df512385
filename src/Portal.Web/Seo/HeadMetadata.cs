using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Portal.Web.Localization;

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
    private static readonly string[] MeaningfulQuery = ["q", "page"];

    public static HeadMetadata For(ViewContext view, PortalOptions options)
    {
        var request = view.HttpContext.Request;
        var language = Languages.Current;
        var feedUrl = PublicAddress.Absolute(request, options, $"/{language}/feed.xml");
        var locales = Languages.All.ToDictionary(l => l, OgLocaleOf);
        var otherLocales = Languages.All.Where(l => l != language).Select(l => locales[l]).ToList();
        var ogType = view.ViewData["OgType"] as string
            ?? (view.ActionDescriptor is CompiledPageActionDescriptor { ViewEnginePath: "/News/Item" } ? "article" : "website");
        var noIndex = view.ViewData["NoIndex"] is true;

        // An error page has no address of its own to recommend.
        if (view.HttpContext.Response.StatusCode != StatusCodes.Status200OK)
        {
            return new HeadMetadata(null, [], ogType, locales[language], otherLocales, feedUrl, NoIndex: true);
        }

        var pathAndQuery = request.Path + Query(request);
        var links = LanguageSwitcher.Links(pathAndQuery, language);
        var alternates = links.Select(l => new AlternateLink(l.Language, PublicAddress.Absolute(request, options, l.Href)))
            .Append(new AlternateLink("x-default", PublicAddress.Absolute(request, options, links.Single(l => l.Language == Languages.English).Href)))
            .ToList();
        return new HeadMetadata(PublicAddress.Absolute(request, options, pathAndQuery), alternates, ogType, locales[language],
            otherLocales, feedUrl, noIndex);
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
            if (request.Query[name] is { Count: > 0 } values && !string.IsNullOrEmpty(values[0]) && !(name == "page" && values[0] == "1"))
            {
                query.Add(name, values[0]!);
            }
        }

        return query.ToString();
    }
}
