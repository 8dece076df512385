using Microsoft.Playwright;
using Portal.BrowserTests.Infrastructure;
using Portal.Tests.Export;
using Portal.Tests.Infrastructure;

namespace Portal.BrowserTests.Reading;

/// <summary>An <c>export --offline</c> of the real content, opened from the disk as a reader opens a USB stick: no server at all.</summary>
public sealed class OfflineMirrorTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("portal-offline-").FullName;
    private string output = "";

    public async ValueTask InitializeAsync()
    {
        output = Path.Combine(folder, "out");
        var result = await new Exporter(TestPaths.RepositoryContent, folder).ExportAsync("export", output, "--offline");
        Assert.True(result.ExitCode == 0, result.Errors);
    }

    [Fact]
    public async Task From_the_disk_a_reader_chooses_a_language_and_reads_a_news_item_with_the_sites_style()
    {
        Chromium.SkipTestWhenMissing();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();

        await page.GotoAsync(new Uri(Path.Combine(output, "index.html")).AbsoluteUri);
        await page.Locator("main a[hreflang=fr]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(Path.Combine(output, "fr", "index.html")).AbsoluteUri);
        await page.Locator("nav.main-nav a").Nth(3).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(Path.Combine(output, "fr", "news", "index.html")).AbsoluteUri);
        await page.Locator("main h2 a").First.ClickAsync();

        Assert.Matches("/fr/news/[^/]+/index\\.html$", page.Url);
        await Assertions.Expect(page.Locator("h1")).ToBeVisibleAsync();
        // The stylesheet applied: the page's margin and ink are the site's, not the browser's defaults.
        Assert.Equal("0px", await page.EvaluateAsync<string>("getComputedStyle(document.body).marginTop"));
        Assert.Equal("rgb(26, 26, 26)", await page.EvaluateAsync<string>("getComputedStyle(document.body).color"));
    }

    public ValueTask DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
