using System.Globalization;
using System.Xml.Linq;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Feeds;

public sealed class SitemapTests(FixtureContentPortal fixture) : SitemapTestsOn<FixtureContentPortal>(fixture);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class SitemapOnPostgreSqlTests(PostgreSqlFixtureContentPortal fixture)
    : SitemapTestsOn<PostgreSqlFixtureContentPortal>(fixture);

public abstract class SitemapTestsOn<TPortal>(TPortal portal) : IClassFixture<TPortal> where TPortal : PortalFactory
{
    private readonly TPortal fixture = TestServers.Checked(portal);

    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private static readonly string[] LanguageCodes = ["en", "fr", "ru", "be"];

    [Fact]
    public async Task The_sitemap_lists_every_public_page_in_every_language_with_its_alternates()
    {
        var client = await fixture.ReadyClientAsync();
        string[] paths = ["/", "/history", "/about", "/news", "/news/2025-03-26-sessions", "/news/2025-02-11-english-only",
            "/institutions", "/institutions/congress"];

        using var response = await client.GetAsync("/sitemap.xml");
        var sitemap = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;

        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Ns + "urlset", sitemap.Name);
        var urls = sitemap.Elements(Ns + "url").ToList();
        Assert.Equal(
            LanguageCodes.SelectMany(l => paths.Select(p => $"http://localhost/{l}{p}")).Order(),
            urls.Select(u => u.Element(Ns + "loc")!.Value).Order());
        foreach (var url in urls)
        {
            var loc = url.Element(Ns + "loc")!.Value;
            var path = loc["http://localhost/xx".Length..];
            Assert.True(DateTime.TryParse(url.Element(Ns + "lastmod")!.Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _), loc);
            var alternates = url.Elements(Xhtml + "link").ToDictionary(l => l.Attribute("hreflang")!.Value, l => l.Attribute("href")!.Value);
            Assert.Equal(["en", "fr", "ru", "be", "x-default"], alternates.Keys);
            Assert.All(LanguageCodes, l => Assert.Equal($"http://localhost/{l}{path}", alternates[l]));
            Assert.Equal($"http://localhost/en{path}", alternates["x-default"]);
        }
    }

    [Fact]
    public async Task Robots_allows_the_site_keeps_crawlers_out_of_the_admin_area_and_names_the_sitemap()
    {
        var client = await fixture.ReadyClientAsync();

        using var response = await client.GetAsync("/robots.txt");
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.TrimEntries);

        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("User-agent: *", lines);
        Assert.Contains("Allow: /", lines);
        Assert.Contains("Disallow: /admin", lines);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", lines);
    }
}
