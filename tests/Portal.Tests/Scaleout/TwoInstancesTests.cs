using System.Net;
using Microsoft.EntityFrameworkCore;
using Portal.Tests.Admin;
using Portal.Tests.Infrastructure;
using Portal.Web.Data;
using Portal.Web.Infrastructure;

namespace Portal.Tests.Scaleout;

/// <summary>
/// Two instances on one PostgreSQL and one Redis, started together: one imports content/ and the other waits and serves; an
/// editor's sign-in and form from one are good on the other; a change saved on one reaches a reader's cached page on both.
/// </summary>
public sealed class TwoInstancesTests : IDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(2);
    private readonly SharedServers servers;

    public TwoInstancesTests()
    {
        TestServers.RequirePostgreSql();
        TestServers.RequireRedis();
        servers = new SharedServers();
    }

    [Fact]
    public async Task Two_instances_started_together_import_once_and_share_sign_in_forms_and_cache()
    {
        var a = servers.Start(TestPaths.RepositoryContent);
        var b = servers.Start(TestPaths.RepositoryContent);
        Assert.True(await a.BecomesHealthyWithinAsync(StartLimit), a.Output);
        Assert.True(await b.BecomesHealthyWithinAsync(StartLimit), b.Output);

        // One import: its line in one log, the other instance saying it served that import.
        const string ImportLine = "Content import from";
        Assert.Equal(1, new[] { a.Output, b.Output }.Count(output => output.Contains(ImportLine, StringComparison.Ordinal)));
        Assert.Contains("another instance imported content/ meanwhile", a.Output + b.Output);
        var newsFiles = Directory.GetFiles(Path.Combine(TestPaths.RepositoryContent, "news"), "*.md")
            .Select(file => Path.GetFileName(file).Split('.')[0]).Distinct().Count();
        Assert.Equal(newsFiles, await CountNewsAsync());

        // An editor signs in on A; a reader has the news list of both instances in their caches.
        var password = NewsroomFactory.Password;
        var email = await servers.AddEditorAsync(password);
        var cookies = new CookieContainer();
        using var editorOnA = SharedServers.ClientOf(a, cookies);
        using var editorOnB = SharedServers.ClientOf(b, cookies);
        Assert.Equal(HttpStatusCode.Redirect, (await editorOnA.SignInAsync(email, password)).StatusCode);
        using var readerOfA = SharedServers.ClientOf(a, new CookieContainer());
        using var readerOfB = SharedServers.ClientOf(b, new CookieContainer());
        foreach (var reader in new[] { readerOfA, readerOfB, readerOfA, readerOfB })
        {
            Assert.DoesNotContain("Title en made-on-two", (await reader.GetDocumentAsync("/en/news")).QuerySelector("main")!.TextContent);
        }

        // The form (and its antiforgery token) from A, sent to B with the cookie A set: B accepts both.
        var form = await editorOnA.NewItemFormAsync("made-on-two");
        var id = await editorOnB.SaveAsync(form);
        Assert.Contains("POST /admin/news/new responded 302", b.Output);
        Assert.DoesNotContain("POST /admin/news/new", a.Output);

        // The next request for the cached list, on either instance, shows the new item, dated no earlier than the save (A heard
        // of it from B: a conditional request by date alone must not get A's 304 for the old list).
        using var listOnA = await readerOfA.GetAsync("/en/news");
        Assert.Contains("Title en made-on-two", (await listOnA.ReadDocumentAsync()).QuerySelector("main")!.TextContent);
        Assert.Contains("Title en made-on-two", (await readerOfB.GetDocumentAsync("/en/news")).QuerySelector("main")!.TextContent);
        Assert.True(listOnA.Content.Headers.LastModified >= await SavedAtAsync(id),
            $"Last-Modified {listOnA.Content.Headers.LastModified:O} is before the save");
    }

    public void Dispose() => servers.Dispose();

    private async Task<int> CountNewsAsync()
    {
        await using var db = OpenDatabase();
        return await db.News.IgnoreQueryFilters().CountAsync();
    }

    private async Task<DateTimeOffset> SavedAtAsync(int id)
    {
        await using var db = OpenDatabase();
        return new DateTimeOffset(await db.NewsRevisions.Where(r => r.NewsItemId == id).MaxAsync(r => r.SavedAt), TimeSpan.Zero);
    }

    private PortalDb OpenDatabase() => new(new DbContextOptionsBuilder<PortalDb>().UseNpgsql(servers.ConnectionString).Options);
}
