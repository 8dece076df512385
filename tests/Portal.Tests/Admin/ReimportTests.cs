using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Web.Content;

namespace Portal.Tests.Admin;

public sealed class ReimportTests(ReimportTests.NewsroomOnContentCopy factory) : ReimportTestsOn<ReimportTests.NewsroomOnContentCopy>(factory)
{
    /// <summary>A writable copy of the fixture content, so that a test can change a file and import again.</summary>
    public sealed class NewsroomOnContentCopy() : NewsroomFactory(TestPaths.CopyOfFixtureContent());
}

/// <summary>The same tests on PostgreSQL.</summary>
public sealed class ReimportOnPostgreSqlTests(ReimportOnPostgreSqlTests.NewsroomOnContentCopy factory)
    : ReimportTestsOn<ReimportOnPostgreSqlTests.NewsroomOnContentCopy>(factory)
{
    public sealed class NewsroomOnContentCopy() : NewsroomFactory(TestPaths.CopyOfFixtureContent())
    {
        public override Portal.Web.Infrastructure.DatabaseProvider Provider => Portal.Web.Infrastructure.DatabaseProvider.PostgreSql;
    }
}

public abstract class ReimportTestsOn<TFactory>(TFactory newsroom) : IClassFixture<TFactory> where TFactory : NewsroomFactory
{
    private readonly TFactory factory = TestServers.Checked(newsroom);

    [Fact]
    public async Task Reimporting_keeps_an_editors_change_to_a_news_item()
    {
        var client = await factory.EditorClientAsync();
        var id = await factory.WithDbAsync(db => db.News.Where(n => n.Slug == "2025-03-26-sessions").Select(n => n.Id).SingleAsync());
        await client.SaveAsync((await client.GetFormAsync($"/admin/news/{id}/edit")).SetText("en", "Title", "Corrected by an editor"));

        var file = Path.Combine(factory.ContentPath, "news", "2025-03-26-sessions.en.md");
        await File.WriteAllTextAsync(file, (await File.ReadAllTextAsync(file)).Replace("Sessions open to the democratic forces", "Changed in the file"));
        var report = await ImportAgainAsync();

        var reader = await factory.ReadyClientAsync();
        Assert.True(report.KeptEditorChanges > 0);
        Assert.Equal("Corrected by an editor", (await reader.GetDocumentAsync("/en/news/2025-03-26-sessions")).QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(await factory.WithDbAsync(db => db.NewsTranslations.Where(t => t.NewsItemId == id && t.Language == "en").Select(t => t.SourcePath).SingleAsync()));
    }

    [Fact]
    public async Task Reimporting_never_brings_back_an_item_an_editor_deleted()
    {
        var client = await factory.EditorClientAsync();
        var id = await factory.WithDbAsync(db => db.News.Where(n => n.Slug == "2025-02-11-english-only").Select(n => n.Id).SingleAsync());
        var confirmation = await client.GetDocumentAsync($"/admin/news/{id}/delete");
        using var deleted = await HtmlForm.Read(confirmation).SubmitAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        var file = Path.Combine(factory.ContentPath, "news", "2025-02-11-english-only.en.md");
        await File.AppendAllTextAsync(file, "\nA paragraph added to the file after the deletion.\n");
        await ImportAgainAsync();

        var reader = await factory.ReadyClientAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/en/news/2025-02-11-english-only")).StatusCode);
        Assert.DoesNotContain("An item in English only", (await reader.GetDocumentAsync("/en/news")).DocumentElement.OuterHtml);
    }

    private async Task<ImportReport> ImportAgainAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync();
    }
}
