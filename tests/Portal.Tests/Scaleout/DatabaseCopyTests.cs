using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Admin;
using Portal.Tests.Infrastructure;
using Portal.Web.Cli;

namespace Portal.Tests.Scaleout;

/// <summary>
/// <c>database copy --to ...</c>: a SQLite site with its newsroom's work (a new item saved twice, a deleted one, an editor's
/// account) moved into an empty PostgreSQL database; the site on PostgreSQL shows the same pages and lets the editor go on.
/// </summary>
public sealed class DatabaseCopyTests : IDisposable
{
    private readonly NewsroomFactory onSqlite = new();
    private readonly PostgreSqlNewsroomFactory onPostgreSql;
    private readonly string target;

    public DatabaseCopyTests()
    {
        TestServers.RequirePostgreSql();
        target = TestServers.CreateDatabase();
        onPostgreSql = new PostgreSqlNewsroomFactory();
        onPostgreSql.UsePostgreSqlDatabase(target);
    }

    [Fact]
    public async Task A_populated_sqlite_site_copied_into_postgresql_shows_the_same_pages_and_keeps_its_newsroom()
    {
        var email = await onSqlite.CreateEditorAsync();
        var editor = await onSqlite.ReadyClientAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SignInAsync(email, NewsroomFactory.Password)).StatusCode);
        var id = await editor.SaveAsync(await editor.NewItemFormAsync("moved-with-the-site"));
        await editor.SaveAsync((await editor.GetFormAsync($"/admin/news/{id}/edit")).SetText("fr", "Title", "Titre corrigé avant le déménagement"));
        var deleted = await editor.SaveAsync(await editor.NewItemFormAsync("deleted-before-the-move"));
        await onSqlite.WithDbAsync(async db =>
        {
            (await db.News.SingleAsync(n => n.Id == deleted)).IsDeleted = true;
            return await db.SaveChangesAsync();
        });

        var (exitCode, output) = await CopyAsync();

        Assert.True(exitCode == 0, output);
        Assert.Contains("Copied", output);
        var reader = await onPostgreSql.ReadyClientAsync();
        var readerOfSqlite = await onSqlite.ReadyClientAsync();
        foreach (var page in new[]
                 {
                     "/en/", "/en/news", "/fr/news/moved-with-the-site", "/ru/news/moved-with-the-site", "/be/institutions/congress",
                     "/en/history",
                 })
        {
            Assert.Equal(await MainTextAsync(readerOfSqlite, page), await MainTextAsync(reader, page));
        }

        // Search finds the same items (its snippets are each engine's own).
        foreach (var search in new[] { "/fr/search?q=corrige", "/en/search?q=moved", "/be/search?q=" + Uri.EscapeDataString("кангрэс") })
        {
            var found = await ResultLinksAsync(reader, search);
            Assert.NotEmpty(found);
            Assert.Equal(await ResultLinksAsync(readerOfSqlite, search), found);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/en/news/deleted-before-the-move")).StatusCode);
        Assert.Equal(
            await onSqlite.WithDbAsync(db => db.NewsRevisions.IgnoreQueryFilters().CountAsync()),
            await onPostgreSql.WithDbAsync(db => db.NewsRevisions.IgnoreQueryFilters().CountAsync()));

        // The editor's account came along: they sign in, read the item's history, and save a new item with an id of its own.
        var editorOnPostgreSql = await onPostgreSql.ReadyClientAsync();
        var auditedOnSqlite = await onSqlite.WithDbAsync(db => db.AuditEntries.CountAsync());
        Assert.Equal(auditedOnSqlite, await onPostgreSql.WithDbAsync(db => db.AuditEntries.CountAsync()));
        // A sign-in is audited after the copied entries (the audit trail's long ids go on after the highest too).
        Assert.Equal(HttpStatusCode.Redirect, (await editorOnPostgreSql.SignInAsync(email, NewsroomFactory.Password)).StatusCode);
        Assert.Equal(auditedOnSqlite + 1, await onPostgreSql.WithDbAsync(db => db.AuditEntries.CountAsync()));
        Assert.Equal(
            (await editor.GetDocumentAsync($"/admin/news/{id}/revisions")).QuerySelectorAll("main li, main tr").Length,
            (await editorOnPostgreSql.GetDocumentAsync($"/admin/news/{id}/revisions")).QuerySelectorAll("main li, main tr").Length);
        var newId = await editorOnPostgreSql.SaveAsync(await editorOnPostgreSql.NewItemFormAsync("written-after-the-move"));
        Assert.True(newId > deleted);
    }

    [Fact]
    public async Task A_database_that_is_not_empty_is_refused()
    {
        await onSqlite.ReadyClientAsync();
        Assert.Equal(0, (await CopyAsync()).ExitCode);

        var (exitCode, output) = await CopyAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("is not empty", output);
    }

    public void Dispose()
    {
        onSqlite.Dispose();
        onPostgreSql.Dispose(); // drops the target database
    }

    private async Task<(int ExitCode, string Output)> CopyAsync()
    {
        var output = new StringWriter();
        var exitCode = await PortalCommand.RunAsync(
            ["database", "copy", "--to", target, $"--ConnectionStrings:Portal=Data Source={onSqlite.DatabasePath}"],
            new CommandConsole(output, output, () => null));
        return (exitCode, output.ToString());
    }

    private static async Task<List<string>> ResultLinksAsync(HttpClient client, string path) =>
        (await client.GetDocumentAsync(path)).QuerySelectorAll("ol.search-results h2 a").Select(a => a.GetAttribute("href")!).Order().ToList();

    private static async Task<string> MainTextAsync(HttpClient client, string path) =>
        (await client.GetDocumentAsync(path)).QuerySelector("main")!.InnerHtml;
}
