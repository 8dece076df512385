using System.Net;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Web.Data;
using Portal.Web.Feeds;
using Portal.Web.Localization;
using Portal.Web.Pages;

namespace Portal.Tests.Feeds;

public sealed class SitemapIndexTests(FixtureContentPortal fixture) : SitemapIndexTestsOn<FixtureContentPortal>(fixture);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class SitemapIndexOnPostgreSqlTests(PostgreSqlFixtureContentPortal fixture) : SitemapIndexTestsOn<PostgreSqlFixtureContentPortal>(fixture);

/// <summary>A sitemap too big for one file becomes an index of files, each listing a range of the pages with their alternates.</summary>
public abstract class SitemapIndexTestsOn<TPortal>(TPortal fixture) : IClassFixture<TPortal> where TPortal : PortalFactory
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public void A_file_stays_within_the_protocols_50000_urls()
    {
        Assert.InRange(Sitemap.PagesPerFile * Languages.All.Count, 1, 50_000);
    }

    [Fact]
    public async Task Beyond_one_file_the_sitemap_is_an_index_of_files_that_together_list_every_page_once()
    {
        await fixture.WhenReadyAsync();

        // The fixture's 8 pages (home, 2 fixed pages, the news list, 2 items, the institutions list, 1 institution), 3 a file.
        var (whole, index, files, beyond) = await WithSitemapAsync(async (db, links) => (
            await Sitemap.WriteAsync(db, links, default),
            await Sitemap.WriteAsync(db, links, default, pagesPerFile: 3),
            new[] { await Sitemap.WriteFileAsync(db, links, 1, default, pagesPerFile: 3),
                await Sitemap.WriteFileAsync(db, links, 2, default, pagesPerFile: 3),
                await Sitemap.WriteFileAsync(db, links, 3, default, pagesPerFile: 3) },
            await Sitemap.WriteFileAsync(db, links, 4, default, pagesPerFile: 3)));

        var indexRoot = Parse(index);
        Assert.Equal(Ns + "sitemapindex", indexRoot.Name);
        Assert.Equal(["http://localhost/sitemap-1.xml", "http://localhost/sitemap-2.xml", "http://localhost/sitemap-3.xml"],
            indexRoot.Elements(Ns + "sitemap").Select(s => s.Element(Ns + "loc")!.Value));
        var urlsByFile = files.Select(file => Parse(file!).Elements(Ns + "url").ToList()).ToList();
        Assert.Equal([12, 12, 8], urlsByFile.Select(urls => urls.Count));
        Assert.Equal(Urls(Parse(whole).Elements(Ns + "url")), urlsByFile.SelectMany(Urls));
        Assert.All(urlsByFile.SelectMany(urls => urls), url => Assert.Equal(5, url.Elements(Xhtml + "link").Count()));
        Assert.Null(beyond);
    }

    [Fact]
    public async Task While_every_page_fits_in_one_file_it_is_also_the_first_file_and_there_is_no_second()
    {
        var client = await fixture.ReadyClientAsync();

        var whole = await client.GetStringAsync("/sitemap.xml");
        using var first = await client.GetAsync("/sitemap-1.xml");
        using var second = await client.GetAsync("/sitemap-2.xml");
        using var zeroth = await client.GetAsync("/sitemap-0.xml");

        Assert.Equal(Ns + "urlset", XDocument.Parse(whole).Root!.Name);
        Assert.Equal(whole, await first.Content.ReadAsStringAsync());
        Assert.Equal("application/xml", first.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, second.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, zeroth.StatusCode);
    }

    private static XElement Parse(byte[] xml) => XDocument.Load(new MemoryStream(xml)).Root!;

    private static IEnumerable<string> Urls(IEnumerable<XElement> urls) =>
        urls.Select(u => u.Element(Ns + "loc")!.Value + " " + u.Element(Ns + "lastmod")!.Value);

    private async Task<T> WithSitemapAsync<T>(Func<PortalDb, AbsoluteLinks, Task<T>> work)
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        var links = new AbsoluteLinks(scope.ServiceProvider.GetRequiredService<PublicLinks>(), "http://localhost");
        return await work(scope.ServiceProvider.GetRequiredService<PortalDb>(), links);
    }
}
