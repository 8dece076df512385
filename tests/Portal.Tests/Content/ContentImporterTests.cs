using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Tests.Infrastructure;
using Portal.Web.Data;

namespace Portal.Tests.Content;

public sealed class ContentImporterTests : IDisposable
{
    private readonly string content = TestPaths.CopyOfFixtureContent();
    private readonly ImportBench bench;

    public ContentImporterTests() => bench = new ImportBench(content);

    public void Dispose()
    {
        bench.Dispose();
        Directory.Delete(content, recursive: true);
    }

    [Fact]
    public async Task Front_matter_is_parsed_and_markdown_rendered_once_at_import()
    {
        var report = await bench.ImportAsync();

        Assert.Empty(report.Refused);
        await using var db = bench.NewDb();
        var history = await db.PageTranslations.Include(t => t.Timeline)
            .SingleAsync(t => t.Page!.Slug == "history" && t.Language == "en");
        Assert.Equal("Fixture history", history.Title);
        Assert.Equal("A timeline for tests.", history.Summary);
        Assert.Contains("<h2 id=\"conventions\">Conventions</h2>", history.BodyHtml);
        Assert.Equal(["1992", "March 2022", "1995"], history.Timeline.OrderBy(e => e.Position).Select(e => e.When));
        Assert.Equal("First <em>conventions</em> signed.", history.Timeline.Single(e => e.Position == 0).TextHtml);
        Assert.Equal(TimelineStrand.Nato, history.Timeline.Single(e => e.Year == 1995).Strand);

        var news = await db.News.Include(n => n.Translations).Include(n => n.Institution).SingleAsync(n => n.Slug == "2025-03-26-sessions");
        Assert.Equal(new DateOnly(2025, 3, 26), news.Date);
        Assert.Equal("congress", news.Institution!.Slug);
        Assert.Equal(NewsStatus.Published, news.Status);
        Assert.Equal("Страсбург", news.Translations.Single(t => t.Language == "ru").Place);
        Assert.Equal(["be", "en", "fr", "ru"], news.Translations.Select(t => t.Language).Order());
    }

    [Fact]
    public async Task A_script_in_markdown_never_comes_out_as_a_script()
    {
        await bench.ImportAsync();

        await using var db = bench.NewDb();
        var about = await db.PageTranslations.SingleAsync(t => t.Page!.Slug == "about");
        Assert.DoesNotContain("<script", about.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", about.BodyHtml);
        Assert.DoesNotContain("javascript:", about.BodyHtml, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(">a link</a>", about.BodyHtml);
    }

    [Fact]
    public async Task A_second_import_of_unchanged_files_changes_nothing()
    {
        var first = await bench.ImportAsync();
        var stampsBefore = await UpdateStampsAsync();

        var second = await bench.ImportAsync();

        Assert.True(first.Added > 0);
        Assert.Equal((0, 0, 0), (second.Added, second.Updated, second.Removed));
        Assert.Equal(first.Added, second.Unchanged);
        Assert.Equal(stampsBefore, await UpdateStampsAsync());
    }

    [Fact]
    public async Task An_edited_file_updates_its_page_and_nothing_else()
    {
        await bench.ImportAsync();
        var path = Path.Combine(content, "pages", "home.en.md");
        await File.WriteAllTextAsync(path, (await File.ReadAllTextAsync(path)).Replace("Fixture home", "A new home title"));

        var report = await bench.ImportAsync();

        Assert.Equal(1, report.Updated);
        Assert.Equal(0, report.Added);
        await using var db = bench.NewDb();
        Assert.Equal("A new home title", await db.PageTranslations.Where(t => t.Page!.Slug == "home" && t.Language == "en").Select(t => t.Title).SingleAsync());
    }

    [Fact]
    public async Task A_removed_file_removes_its_page()
    {
        await bench.ImportAsync();
        File.Delete(Path.Combine(content, "pages", "about.en.md"));

        var report = await bench.ImportAsync();

        Assert.Equal(1, report.Removed);
        await using var db = bench.NewDb();
        Assert.False(await db.Pages.AnyAsync(p => p.Slug == "about"));
        Assert.True(await db.Pages.AnyAsync(p => p.Slug == "home"));
    }

    [Fact]
    public async Task Broken_files_are_reported_with_their_path_and_reason_and_the_others_still_import()
    {
        Write("pages/broken-yaml.en.md", "---\ntitle: \"unclosed\n---\nBody");
        Write("pages/no-title.en.md", "---\nsummary: \"s\"\n---\nBody");
        Write("pages/home.de.md", "---\ntitle: \"Startseite\"\nsummary: \"s\"\n---\nBody");
        Write("pages/Bad_Name.en.md", "---\ntitle: \"t\"\nsummary: \"s\"\n---\nBody");
        Write("pages/sub/home.en.md", "---\ntitle: \"Second home\"\nsummary: \"s\"\n---\nBody");
        Write("news/2025-01-01-unknown-body.en.md", "---\ntitle: \"t\"\nsummary: \"s\"\ndate: \"2025-01-01\"\nplace: \"p\"\ninstitution: \"nowhere\"\n---\nBody");
        Write("news/2025-01-02-bad-date.en.md", "---\ntitle: \"t\"\nsummary: \"s\"\ndate: \"2 January\"\nplace: \"p\"\ninstitution: \"congress\"\n---\nBody");
        Write("pages/french-only.fr.md", "---\ntitle: \"t\"\nsummary: \"s\"\n---\nBody");

        var report = await bench.ImportAsync();

        var reasons = report.Refused.ToDictionary(r => r.Path, r => r.Reason);
        Assert.Contains("front matter", reasons["pages/broken-yaml.en.md"]);
        Assert.Contains("'title' is missing", reasons["pages/no-title.en.md"]);
        Assert.Contains("unknown language 'de'", reasons["pages/home.de.md"]);
        Assert.Contains("file name", reasons["pages/Bad_Name.en.md"]);
        Assert.Contains("duplicate slug", reasons["pages/sub/home.en.md"]);
        Assert.Contains("unknown institution 'nowhere'", reasons["news/2025-01-01-unknown-body.en.md"]);
        Assert.Contains("'date'", reasons["news/2025-01-02-bad-date.en.md"]);
        Assert.Contains("no English file", reasons["pages/french-only.fr.md"]);
        Assert.Equal(8, report.Refused.Count);
        foreach (var path in reasons.Keys)
        {
            Assert.Contains(bench.Log.Collector.GetSnapshot(), e => e.Level == LogLevel.Warning && e.Message.Contains(path));
        }

        await using var db = bench.NewDb();
        Assert.Equal("Fixture home", await db.PageTranslations.Where(t => t.Page!.Slug == "home" && t.Language == "en").Select(t => t.Title).SingleAsync());
        Assert.Equal(2, await db.News.CountAsync());
    }

    [Fact]
    public async Task A_file_broken_after_import_keeps_its_last_good_version()
    {
        await bench.ImportAsync();
        Write("pages/home.en.md", "---\ntitle: [unclosed\n---\n");

        var report = await bench.ImportAsync();

        Assert.Single(report.Refused);
        await using var db = bench.NewDb();
        Assert.Equal("Fixture home", await db.PageTranslations.Where(t => t.Page!.Slug == "home" && t.Language == "en").Select(t => t.Title).SingleAsync());
    }

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(content, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private async Task<List<DateTime>> UpdateStampsAsync()
    {
        await using var db = bench.NewDb();
        var pages = await db.PageTranslations.OrderBy(t => t.Id).Select(t => t.UpdatedAt).ToListAsync();
        var news = await db.NewsTranslations.OrderBy(t => t.Id).Select(t => t.UpdatedAt).ToListAsync();
        return [.. pages, .. news];
    }
}
