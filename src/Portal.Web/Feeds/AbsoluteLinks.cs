using Portal.Web.Pages;

namespace Portal.Web.Feeds;

/// <summary>The site's links as absolute URLs from one address (the official one, or a mirror's), for feeds, the sitemap and robots.txt.</summary>
public sealed record AbsoluteLinks(PublicLinks Paths, string BaseUrl)
{
    public string Of(Func<PublicLinks, string> path) => BaseUrl + path(Paths);
}
