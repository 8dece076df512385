using Microsoft.Extensions.Localization;
using Portal.Web.Caching;
using Portal.Web.Data;
using Portal.Web.Pages;
using Portal.Web.Seo;

namespace Portal.Web.Feeds;

public static class FeedEndpoints
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary><c>/{lang}/feed.xml</c>, <c>/sitemap.xml</c> (and its files) and <c>/robots.txt</c>, with absolute links throughout.</summary>
    public static IEndpointRouteBuilder MapPortalFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/{lang:lang}/feed.xml", GetAndHead, async (string lang, PortalDb db, PublicLinks links, PublicAddress address,
                IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
            Results.Bytes(await NewsFeed.WriteAsync(db, lang, new AbsoluteLinks(links, address.BaseUrl), text, cancellationToken),
                NewsFeed.ContentType))
            .WithName(PublicLinks.FeedEndpoint)
            .CachePublic(CacheTags.Feeds);

        endpoints.MapMethods("/sitemap.xml", GetAndHead, async (PortalDb db, PublicLinks links, PublicAddress address,
                CancellationToken cancellationToken) =>
            Results.Bytes(await Sitemap.WriteAsync(db, new AbsoluteLinks(links, address.BaseUrl), cancellationToken),
                Sitemap.ContentType))
            .WithName(PublicLinks.SitemapEndpoint)
            .CachePublic(CacheTags.Sitemap);

        endpoints.MapMethods("/sitemap-{number:int}.xml", GetAndHead, async (int number, PortalDb db, PublicLinks links,
                PublicAddress address, CancellationToken cancellationToken) =>
            await Sitemap.WriteFileAsync(db, new AbsoluteLinks(links, address.BaseUrl), number, cancellationToken) is { } file
                ? Results.Bytes(file, Sitemap.ContentType)
                : Results.NotFound())
            .WithName(PublicLinks.SitemapFileEndpoint)
            .CachePublic(CacheTags.Sitemap);

        endpoints.MapMethods("/robots.txt", GetAndHead, (PublicLinks links, PublicAddress address) =>
            Results.Text(Robots.Text(new AbsoluteLinks(links, address.BaseUrl)), "text/plain; charset=utf-8"))
            .CachePublic();
        return endpoints;
    }
}
