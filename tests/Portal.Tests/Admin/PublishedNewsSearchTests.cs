using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin;

public sealed class PublishedNewsSearchTests(NewsroomFactory factory) : PublishedNewsSearchTestsOn<NewsroomFactory>(factory);

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class PublishedNewsSearchOnPostgreSqlTests(PostgreSqlNewsroomFactory factory) : PublishedNewsSearchTestsOn<PostgreSqlNewsroomFactory>(factory);

/// <summary>What an editor publishes, corrects or deletes in the newsroom is what readers find in search, at once.</summary>
public abstract class PublishedNewsSearchTestsOn<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : NewsroomFactory
{
    [Fact]
    public async Task A_news_item_published_in_the_newsroom_is_found_by_search_in_every_language_at_once()
    {
        var editor = await factory.EditorClientAsync();
        await editor.SaveAsync(await editor.NewItemFormAsync("found-at-once"));
        var reader = await factory.ReadyClientAsync();

        foreach (var language in new[] { "en", "fr", "ru", "be" })
        {
            var results = await reader.GetDocumentAsync($"/{language}/search?q=found-at-once");

            var links = results.QuerySelectorAll(".search-results h2 a").Select(a => a.GetAttribute("href"));
            Assert.Contains($"/{language}/news/found-at-once", links);
        }
    }

    [Fact]
    public async Task A_draft_saved_in_the_newsroom_is_not_found_and_a_deleted_item_disappears_from_search()
    {
        var editor = await factory.EditorClientAsync();
        await editor.SaveAsync(await editor.NewItemFormAsync("kept-as-draft"), "SaveDraft");
        var id = await editor.SaveAsync(await editor.NewItemFormAsync("deleted-later"));
        var reader = await factory.ReadyClientAsync();
        Assert.NotEmpty((await reader.GetDocumentAsync("/en/search?q=deleted-later")).QuerySelectorAll(".search-results li"));

        var delete = await editor.GetFormAsync($"/admin/news/{id}/delete");
        using var deleted = await delete.SubmitAsync(editor);

        Assert.Empty((await reader.GetDocumentAsync("/en/search?q=kept-as-draft")).QuerySelectorAll(".search-results li"));
        Assert.Empty((await reader.GetDocumentAsync("/en/search?q=deleted-later")).QuerySelectorAll(".search-results li"));
    }
}
