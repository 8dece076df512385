using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Search;

/// <summary>The index keeps what finding needs, not a second copy of every text: the texts stay in their own tables.</summary>
public sealed class SearchIndexStorageTests(FixtureContentPortal fixture) : IClassFixture<FixtureContentPortal>
{
    [Fact]
    public async Task The_index_holds_no_copy_of_the_texts_and_still_finds_them_with_their_snippets()
    {
        var client = await fixture.ReadyClientAsync();

        var tables = await fixture.WithDbAsync(db => db.Database
            .SqlQuery<string>($"""SELECT "name" AS "Value" FROM "sqlite_master" WHERE "name" LIKE 'SearchIndex%'""").ToListAsync());
        var stored = await fixture.WithDbAsync(db => db.Database
            .SqlQuery<string?>($"""SELECT "Body" AS "Value" FROM "SearchIndex" LIMIT 1""").SingleAsync());
        var page = await client.GetDocumentAsync("/fr/search?q=democratiques");

        Assert.DoesNotContain("SearchIndex_content", tables);
        Assert.Null(stored);
        var result = page.QuerySelector("ol.search-results li")!;
        Assert.Equal("/fr/news/2025-03-26-sessions", result.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("démocratiques", result.QuerySelector("h2 mark")!.TextContent);
    }
}
