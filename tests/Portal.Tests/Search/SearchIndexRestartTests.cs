using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Search;

public sealed class SearchIndexRestartTests
{
    [Fact]
    public async Task A_site_restarted_on_a_database_with_an_empty_index_is_searchable_as_soon_as_it_is_ready()
    {
        var saved = Path.Combine(Directory.CreateTempSubdirectory("portal-restart-").FullName, "portal.db");
        using (var first = new PortalFactory(TestPaths.FixtureContent))
        {
            await first.ReadyClientAsync();
            // As a database from before the search index existed: content in the tables, nothing in the index.
            await first.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""DELETE FROM "SearchIndex" """));
            SqliteConnection.ClearAllPools();
            File.Copy(first.DatabasePath, saved);
        }

        // The content files are unchanged, so the import saves nothing: only the start-up step can fill the index.
        using var restarted = new PortalFactory(TestPaths.FixtureContent, saved);
        var client = await restarted.ReadyClientAsync();
        var results = await client.GetDocumentAsync("/fr/search?q=sessions");

        Assert.Contains("/fr/news/2025-03-26-sessions", results.QuerySelectorAll(".search-results h2 a").Select(a => a.GetAttribute("href")));
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(saved)!, recursive: true);
    }
}
