using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Pages;
using Portal.Web.Seo;

namespace Portal.Web.Feeds;

public static class FeedEndpoints
{
    /// <summary><c>/{lang}/feed.xml</c>, <c>/sitemap.xml</c> and <c>/robots.txt</c>, with absolute links throughout.</summary>
    public static IEndpointRouteBuilder MapPortalFeeds(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/{lang:lang}/feed.xml", async (string lang, HttpRequest request, PortalDb db, PublicLinks links,
                IOptions<PortalOptions> options, IStringLocalizer<SharedResource> text, CancellationToken cancellationToken) =>
            Results.Bytes(await NewsFeed.WriteAsync(db, lang, new AbsoluteLinks(links, PublicAddress.BaseUrl(request, options.Value)), text,
                cancellationToken), NewsFeed.ContentType))
            .WithName(PublicLinks.FeedEndpoint);

        endpoints.MapGet("/sitemap.xml", async (HttpRequest request, PortalDb db, PublicLinks links, IOptions<PortalOptions> options,
                CancellationToken cancellationToken) =>
            Results.Bytes(await Sitemap.WriteAsync(db, new AbsoluteLinks(links, PublicAddress.BaseUrl(request, options.Value)),
                cancellationToken), "application/xml; charset=utf-8"))
            .WithName(PublicLinks.SitemapEndpoint);

        endpoints.MapGet("/robots.txt", (HttpRequest request, PublicLinks links, IOptions<PortalOptions> options) =>
            Results.Text(Robots.Text(new AbsoluteLinks(links, PublicAddress.BaseUrl(request, options.Value))), "text/plain; charset=utf-8"));
        return endpoints;
    }
}
