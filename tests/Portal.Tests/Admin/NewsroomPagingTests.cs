using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using Portal.Web.Data;

namespace Portal.Tests.Admin;

public sealed class NewsroomPagingTests(NewsroomFactory factory) : NewsroomPagingTestsOn<NewsroomFactory>(factory);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class NewsroomPagingOnPostgreSqlTests(PostgreSqlNewsroomFactory factory) : NewsroomPagingTestsOn<PostgreSqlNewsroomFactory>(factory);

/// <summary>
/// The newsroom's list and a language's translation queue show fifty items a page, however many the newsroom has; on a
/// database of its own: the fixture's two items (2025) and sixty older ones in English only.
/// </summary>
public abstract class NewsroomPagingTestsOn<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : NewsroomFactory
{
    private const int Older = 60;

    [Fact]
    public async Task The_news_list_shows_fifty_items_a_page_newest_first_with_links_between_pages()
    {
        var client = await EditorWithManyItemsAsync();

        var first = await client.GetDocumentAsync("/admin");
        var second = await client.GetDocumentAsync("/admin?page=2");

        Assert.Equal(50, Titles(first).Count);
        Assert.Equal("Older item 13", Titles(first)[^1]);
        Assert.Equal(Enumerable.Range(1, 12).Reverse().Select(i => $"Older item {i}"), Titles(second));
        Assert.Equal("Page 1 of 2", first.QuerySelector("nav.pagination span")!.TextContent);
        Assert.Equal("/admin?page=2", first.QuerySelector("nav.pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("Older items", first.QuerySelector("nav.pagination a[rel=next]")!.TextContent);
        Assert.Equal("/admin", second.QuerySelector("nav.pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(second.QuerySelector("nav.pagination a[rel=next]"));
    }

    [Fact]
    public async Task A_languages_queue_shows_fifty_items_a_page_the_longest_waiting_first()
    {
        var client = await EditorWithManyItemsAsync();

        var first = await client.GetDocumentAsync("/admin/translations/ru");
        var second = await client.GetDocumentAsync("/admin/translations/ru?page=2");

        // Sixty older items and the fixture's English-only one are missing in Russian: 50 and 11.
        Assert.Equal(50, first.QuerySelectorAll("table.queue tbody tr").Length);
        Assert.Equal(11, second.QuerySelectorAll("table.queue tbody tr").Length);
        Assert.Empty(Links(first).Intersect(Links(second)));
        Assert.Equal("/admin/translations/ru?page=2", first.QuerySelector("nav.pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Equal("/admin/translations/ru", second.QuerySelector("nav.pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal("61", (await client.GetDocumentAsync("/admin/translations")).QuerySelector("tr[data-language=ru] .missing")!.TextContent);
    }

    [Theory]
    [InlineData("/admin?page=3")]
    [InlineData("/admin?page=0")]
    [InlineData("/admin?page=abc")]
    [InlineData("/admin?page=99999999999999999999")]
    [InlineData("/admin/translations/ru?page=3")]
    [InlineData("/admin/translations/be?page=-1")]
    public async Task A_page_that_does_not_exist_is_a_404_in_the_newsrooms_language(string address)
    {
        var client = await EditorWithManyItemsAsync();

        using var response = await client.GetAsync(address);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", (await response.ReadDocumentAsync()).Title);
    }

    private static List<string> Titles(IHtmlDocument list) =>
        list.QuerySelectorAll("table.news-table tbody th a").Select(a => a.TextContent).ToList();

    private static IEnumerable<string?> Links(IHtmlDocument queue) =>
        queue.QuerySelectorAll("table.queue tbody a").Select(a => a.GetAttribute("href"));

    /// <summary>An editor's client, with the older items added once for the class (its tests run one after the other).</summary>
    private async Task<HttpClient> EditorWithManyItemsAsync()
    {
        var client = await factory.EditorClientAsync();
        await factory.WithDbAsync(async db =>
        {
            if (await db.News.AnyAsync(n => n.Slug == "older-1"))
            {
                return 0;
            }

            var institution = await db.Institutions.FirstAsync();
            db.News.AddRange(Enumerable.Range(1, Older).Select(i => new NewsItem
            {
                Slug = $"older-{i}", Date = new DateOnly(2019, 1, 1).AddDays(i), InstitutionId = institution.Id,
                Status = NewsStatus.Published, UpdatedAt = DateTime.UtcNow,
                Translations =
                [
                    new NewsTranslation
                    {
                        Language = "en", Title = $"Older item {i}", Summary = "s", Place = "p", BodyMarkdown = "b", BodyHtml = "<p>b</p>",
                    },
                ],
            }));
            return await db.SaveChangesAsync();
        });
        return client;
    }
}
