namespace Portal.Web.Feeds;

/// <summary>robots.txt: the public site is open to crawlers, the newsroom is not; the sitemap lists the rest.</summary>
public static class Robots
{
    public static string Text(AbsoluteLinks links) => $"""
        User-agent: *
        Allow: /
        Disallow: {links.Paths.Newsroom()}

        Sitemap: {links.Of(paths => paths.Sitemap())}

        """;
}
