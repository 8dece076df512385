using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using Portal.Web.Data;

namespace Portal.Tests.Pages;

/// <summary>An institution's page lists its news ten to a page, like the news list, however many there are.</summary>
public sealed class InstitutionNewsPagingTests(FixtureContentPortal fixture) : InstitutionNewsPagingTestsOn<FixtureContentPortal>(fixture);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class InstitutionNewsPagingOnPostgreSqlTests(PostgreSqlFixtureContentPortal fixture)
    : InstitutionNewsPagingTestsOn<PostgreSqlFixtureContentPortal>(fixture);

public abstract class InstitutionNewsPagingTestsOn<TPortal>(TPortal portal) : IClassFixture<TPortal> where TPortal : PortalFactory
{
    private readonly TPortal fixture = TestServers.Checked(portal);

    // With the fixture's two congress items: 25 published, three pages (10, 10, 5); the draft is on none of them.
    private const int Older = 23;

    [Fact]
    public async Task The_institution_shows_its_news_ten_to_a_page_newest_first()
    {
        var client = await ClientWithNewsAsync();

        var first = await client.GetDocumentAsync("/en/institutions/congress");
        var last = await client.GetDocumentAsync("/en/institutions/congress?page=3");

        Assert.Equal("Fixture Congress", first.QuerySelector("h1")!.TextContent);
        Assert.Equal("Fixture Congress", last.QuerySelector("h1")!.TextContent);
        var firstTitles = first.QuerySelectorAll(".news-card h3").Select(h => h.TextContent).ToList();
        Assert.Equal(10, firstTitles.Count);
        Assert.Equal(["Sessions open to the democratic forces", "An item in English only", "Older item 23"], firstTitles[..3]);
        Assert.Equal(["Older item 5", "Older item 4", "Older item 3", "Older item 2", "Older item 1"],
            last.QuerySelectorAll(".news-card h3").Select(h => h.TextContent));
        Assert.Equal("Page 1 of 3", first.QuerySelector("nav.pagination span")!.TextContent);
        Assert.Equal("/en/institutions/congress?page=2", first.QuerySelector("nav.pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector("nav.pagination a[rel=prev]"));
        Assert.Equal("/en/institutions/congress?page=2", last.QuerySelector("nav.pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(last.QuerySelector("nav.pagination a[rel=next]"));
        Assert.DoesNotContain("A draft", last.Body!.TextContent);
    }

    [Fact]
    public async Task A_later_page_has_its_own_address_and_title()
    {
        var client = await ClientWithNewsAsync();

        var second = await client.GetDocumentAsync("/fr/institutions/congress?page=2");

        Assert.Equal("http://localhost/fr/institutions/congress?page=2", second.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("http://localhost/ru/institutions/congress?page=2",
            second.QuerySelector("link[rel=alternate][hreflang=ru]")!.GetAttribute("href"));
        Assert.Contains("(Page 2 sur 3)", second.Title);
        Assert.Equal("/fr/institutions/congress", second.QuerySelector("nav.pagination a[rel=prev]")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("/en/institutions/congress?page=4")]
    [InlineData("/en/institutions/congress?page=0")]
    [InlineData("/ru/institutions/congress?page=-1")]
    [InlineData("/be/institutions/congress?page=abc")]
    [InlineData("/en/institutions/nowhere?page=2")]
    public async Task A_page_that_does_not_exist_is_a_404(string url)
    {
        var client = await ClientWithNewsAsync();

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>The app with the older items and a draft added once for the class (its tests run one after the other).</summary>
    private async Task<HttpClient> ClientWithNewsAsync()
    {
        var client = await fixture.ReadyClientAsync();
        await fixture.WithDbAsync(async db =>
        {
            if (await db.News.AnyAsync(n => n.Slug == "older-1"))
            {
                return 0;
            }

            var congress = await db.Institutions.SingleAsync(i => i.Slug == "congress");
            db.News.AddRange(Enumerable.Range(1, Older).Select(i => Item($"older-{i}", $"Older item {i}", new DateOnly(2024, 1, i),
                NewsStatus.Published, congress.Id)));
            db.News.Add(Item("a-draft", "A draft", new DateOnly(2024, 1, 1), NewsStatus.Draft, congress.Id));
            return await db.SaveChangesAsync();
        });
        return client;
    }

    private static NewsItem Item(string slug, string title, DateOnly date, NewsStatus status, int institutionId) => new()
    {
        Slug = slug, Date = date, InstitutionId = institutionId, Status = status, UpdatedAt = DateTime.UtcNow,
        Translations = [new NewsTranslation { Language = "en", Title = title, Summary = "s", Place = "p", BodyMarkdown = "b", BodyHtml = "<p>b</p>" }],
    };
}
