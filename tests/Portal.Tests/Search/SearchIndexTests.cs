using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using Portal.Web.Data;
using Portal.Web.Search;

namespace Portal.Tests.Search;

/// <summary>
/// The index follows every save through PortalDb, as the admin area makes them: no writer calls the index itself.
/// Each test saves its own items, with a word of its own, into the fixture content's database.
/// </summary>
public sealed class SearchIndexTests(FixtureContentPortal fixture) : SearchIndexTestsOn<FixtureContentPortal>(fixture);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class SearchIndexOnPostgreSqlTests(PostgreSqlFixtureContentPortal fixture)
    : SearchIndexTestsOn<PostgreSqlFixtureContentPortal>(fixture);

public abstract class SearchIndexTestsOn<TPortal>(TPortal portal) : IClassFixture<TPortal> where TPortal : PortalFactory
{
    private readonly TPortal fixture = TestServers.Checked(portal);

    [Fact]
    public async Task A_news_item_published_through_the_database_is_findable_at_once_in_its_languages()
    {
        var client = await fixture.ReadyClientAsync();
        await SaveNewsAsync("published-item", NewsStatus.Published, "Zanzibarian delegation", "Занзибарская делегация");

        var english = await client.GetDocumentAsync("/en/search?q=zanzibarian");
        var russian = await client.GetDocumentAsync("/ru/search?q=" + Uri.EscapeDataString("ЗАНЗИБАРСКАЯ"));

        var result = Assert.Single(english.QuerySelectorAll("ol.search-results li"));
        Assert.Equal("/en/news/published-item", result.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("News", result.QuerySelector(".search-meta span")!.TextContent);
        Assert.Equal("2025-05-01", result.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("1 May 2025", result.QuerySelector("time")!.TextContent);
        Assert.Equal("Zanzibarian", result.QuerySelector("h2 mark")!.TextContent);
        Assert.Equal("/ru/news/published-item", Assert.Single(russian.QuerySelectorAll("ol.search-results h2 a")).GetAttribute("href"));
        Assert.Equal("1 мая 2025", russian.QuerySelector("ol.search-results time")!.TextContent);
    }

    [Fact]
    public async Task A_draft_is_not_findable_and_publishing_it_makes_it_findable()
    {
        var client = await fixture.ReadyClientAsync();
        var id = await SaveNewsAsync("draft-item", NewsStatus.Draft, "Quetzalcoatlian draft", "Кетцалькоатльский черновик");

        Assert.Empty((await client.GetDocumentAsync("/en/search?q=quetzalcoatlian")).QuerySelectorAll("ol.search-results li"));

        await fixture.WithDbAsync(async db =>
        {
            var item = await db.News.SingleAsync(n => n.Id == id);
            item.Status = NewsStatus.Published;
            return await db.SaveChangesAsync();
        });

        Assert.Single((await client.GetDocumentAsync("/en/search?q=quetzalcoatlian")).QuerySelectorAll("ol.search-results li"));
    }

    [Fact]
    public async Task A_deleted_or_unpublished_item_disappears_from_the_results_at_once()
    {
        var client = await fixture.ReadyClientAsync();
        var deleted = await SaveNewsAsync("deleted-item", NewsStatus.Published, "Brobdingnagian news", "Бробдингнегская новость");
        var unpublished = await SaveNewsAsync("unpublished-item", NewsStatus.Published, "Brobdingnagian report", "Бробдингнегский доклад");
        Assert.Equal(2, (await client.GetDocumentAsync("/en/search?q=brobdingnagian")).QuerySelectorAll("ol.search-results li").Length);

        await fixture.WithDbAsync(async db =>
        {
            (await db.News.SingleAsync(n => n.Id == deleted)).IsDeleted = true;
            (await db.News.SingleAsync(n => n.Id == unpublished)).Status = NewsStatus.Draft;
            return await db.SaveChangesAsync();
        });

        Assert.Empty((await client.GetDocumentAsync("/en/search?q=brobdingnagian")).QuerySelectorAll("ol.search-results li"));
        Assert.Empty((await client.GetDocumentAsync("/ru/search?q=" + Uri.EscapeDataString("бробдингнегск"))).QuerySelectorAll("ol.search-results li"));
    }

    [Fact]
    public async Task A_corrected_title_is_found_by_its_new_words_only()
    {
        var client = await fixture.ReadyClientAsync();
        var id = await SaveNewsAsync("corrected-item", NewsStatus.Published, "Lilliputian meeting", "Лилипутская встреча");

        await fixture.WithDbAsync(async db =>
        {
            var text = await db.NewsTranslations.SingleAsync(t => t.NewsItemId == id && t.Language == "en");
            text.Title = "Blefuscudian meeting";
            return await db.SaveChangesAsync();
        });

        Assert.Empty((await client.GetDocumentAsync("/en/search?q=lilliputian")).QuerySelectorAll("ol.search-results li"));
        Assert.Single((await client.GetDocumentAsync("/en/search?q=blefuscudian")).QuerySelectorAll("ol.search-results li"));
    }

    [Fact]
    public async Task A_failed_save_leaves_the_index_as_it_was()
    {
        var client = await fixture.ReadyClientAsync();
        await SaveNewsAsync("unique-slug", NewsStatus.Published, "Houyhnhnm council", "Гуигнгнмский совет");

        // The same slug again breaks the unique index: nothing of that save may reach the index.
        await Assert.ThrowsAsync<DbUpdateException>(() =>
            SaveNewsAsync("unique-slug", NewsStatus.Published, "Yahooish council", "Еху совет"));

        Assert.Empty((await client.GetDocumentAsync("/en/search?q=yahooish")).QuerySelectorAll("ol.search-results li"));
        Assert.Single((await client.GetDocumentAsync("/en/search?q=houyhnhnm")).QuerySelectorAll("ol.search-results li"));
    }

    [Fact]
    public async Task Results_come_ten_to_a_page_with_links_between_pages()
    {
        var client = await fixture.ReadyClientAsync();
        for (var i = 1; i <= 12; i++)
        {
            await SaveNewsAsync($"laputan-{i}", NewsStatus.Published, $"Laputan item {i}", $"Лапутская новость {i}");
        }

        var first = await client.GetDocumentAsync("/en/search?q=laputan");
        var second = await client.GetDocumentAsync("/en/search?q=laputan&page=2");

        Assert.Equal(10, first.QuerySelectorAll("ol.search-results li").Length);
        Assert.Equal(2, second.QuerySelectorAll("ol.search-results li").Length);
        Assert.Equal("11", second.QuerySelector("ol.search-results")!.GetAttribute("start"));
        Assert.Equal("/en/search?q=laputan&page=2", first.QuerySelector("nav.pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/en/search?q=laputan", second.QuerySelector("nav.pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.NotEqual(first.Title, second.Title);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/en/search?q=laputan&page=3")).StatusCode);
    }

    [Fact]
    public async Task Markup_written_as_text_in_content_is_shown_escaped_in_snippets()
    {
        var client = await fixture.ReadyClientAsync();

        // pages/about.en.md has "<script>alert('x')</script>" in its Markdown, which the renderer keeps as text.
        var page = await client.GetDocumentAsync("/en/search?q=alert");

        var result = Assert.Single(page.QuerySelectorAll("ol.search-results li"));
        Assert.Equal("Page", result.QuerySelector(".search-meta span")!.TextContent);
        Assert.Contains("<script>", result.QuerySelectorAll("p").Last().TextContent);
        Assert.Empty(page.QuerySelectorAll("script"));
    }

    [Fact]
    public async Task Pages_institutions_and_news_are_found_in_their_own_language()
    {
        var client = await fixture.ReadyClientAsync();

        Assert.Equal("/fr/news/2025-03-26-sessions", (await client.GetDocumentAsync("/fr/search?q=democratiques"))
            .QuerySelector("ol.search-results h2 a")!.GetAttribute("href"));
        Assert.Equal("/ru/history", (await client.GetDocumentAsync("/ru/search?q=" + Uri.EscapeDataString("конвенции")))
            .QuerySelector("ol.search-results h2 a")!.GetAttribute("href"));
        Assert.Equal("/be/institutions/congress", (await client.GetDocumentAsync("/be/search?q=" + Uri.EscapeDataString("КАНГРЭС")))
            .QuerySelector("ol.search-results h2 a")!.GetAttribute("href"));
        Assert.Equal("/en/", (await client.GetDocumentAsync("/en/search?q=welcome"))
            .QuerySelector("ol.search-results h2 a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_index_can_be_rebuilt_from_the_content_tables()
    {
        await fixture.ReadyClientAsync();
        // Straight to the index: raw SQL goes round the app's saves, and so round the eviction of cached result pages too.
        Task<int> FoundAsync() => fixture.WithDbAsync(async db =>
            (await SiteSearch.RunAsync(db, ReaderQuery.Parse("fixture"), "en", 0, 10, CancellationToken.None)).Total);
        await fixture.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""DELETE FROM "SearchIndex" """));
        Assert.Equal(0, await FoundAsync());

        await fixture.WithDbAsync(async db =>
        {
            await SearchIndex.RebuildAsync(db);
            return 0;
        });

        Assert.NotEqual(0, await FoundAsync());
    }

    private Task<int> SaveNewsAsync(string slug, NewsStatus status, string englishTitle, string russianTitle) =>
        fixture.WithDbAsync(async db =>
        {
            var institution = await db.Institutions.SingleAsync(i => i.Slug == "congress");
            var item = new NewsItem
            {
                Slug = slug,
                Date = new DateOnly(2025, 5, 1),
                InstitutionId = institution.Id,
                Status = status,
                EditedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
                Translations =
                [
                    Text("en", englishTitle),
                    Text("ru", russianTitle),
                ],
            };
            db.News.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });

    private static NewsTranslation Text(string language, string title) => new()
    {
        Language = language,
        Title = title,
        Summary = "Written in the admin area.",
        Place = "Strasbourg",
        BodyMarkdown = "The body.",
        BodyHtml = "<p>The body.</p>",
        UpdatedAt = DateTime.UtcNow,
    };
}
