using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using Portal.Web.Data;
using Portal.Web.Feeds;

namespace Portal.Tests.Feeds;

/// <summary>With more pages than one file holds, /sitemap.xml (where robots.txt points) is the index of the files.</summary>
public sealed class LargeSitemapTests(FixtureContentPortal fixture) : IClassFixture<FixtureContentPortal>
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    [Fact]
    public async Task A_site_with_more_pages_than_a_file_holds_gets_an_index_and_every_file_it_names()
    {
        var client = await fixture.ReadyClientAsync();
        await fixture.WithDbAsync(async db =>
        {
            var congress = await db.Institutions.SingleAsync(i => i.Slug == "congress");
            db.News.AddRange(Enumerable.Range(1, Sitemap.PagesPerFile).Select(i => new NewsItem
            {
                Slug = $"many-{i}", Date = new DateOnly(2020, 1, 1).AddDays(i), InstitutionId = congress.Id, Status = NewsStatus.Published,
                UpdatedAt = DateTime.UtcNow,
                Translations = [new NewsTranslation { Language = "en", Title = $"Item {i}", Summary = "s", Place = "p", BodyMarkdown = "b", BodyHtml = "b" }],
            }));
            return await db.SaveChangesAsync();
        });

        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml")).Root!;
        var files = index.Elements(Ns + "sitemap").Select(s => s.Element(Ns + "loc")!.Value).ToList();
        var locs = new List<string>();
        foreach (var file in files)
        {
            locs.AddRange(XDocument.Parse(await client.GetStringAsync(file)).Root!.Elements(Ns + "url").Select(u => u.Element(Ns + "loc")!.Value));
        }

        Assert.Equal(Ns + "sitemapindex", index.Name);
        Assert.Equal(["http://localhost/sitemap-1.xml", "http://localhost/sitemap-2.xml"], files);
        Assert.Equal(4 * (8 + Sitemap.PagesPerFile), locs.Distinct().Count());
        Assert.Contains("http://localhost/be/news/many-1", locs);
        Assert.Contains("Sitemap: http://localhost/sitemap.xml", await client.GetStringAsync("/robots.txt"));
    }
}
