using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Content;

/// <summary>One broken content file is refused by name and reason; it never stops the other files or the site.</summary>
public sealed class BrokenContentFileTests : IDisposable
{
    private const string Head = "---\ntitle: \"A broken page\"\nsummary: \"s\"\n---\n";

    private readonly string content = TestPaths.CopyOfFixtureContent();
    private readonly ImportBench bench;

    public BrokenContentFileTests() => bench = new ImportBench(content);

    public void Dispose()
    {
        bench.Dispose();
        Directory.Delete(content, recursive: true);
    }

    public static TheoryData<string> Nestings() => new(HostileText.Nestings);

    public static TheoryData<string> XmlForbidden() => new(HostileText.XmlForbidden);

    [Theory]
    [MemberData(nameof(Nestings))]
    public async Task A_content_file_nested_too_deep_is_refused_by_name_and_the_rest_imports(string nesting)
    {
        Write("pages/deep.en.md", Head + HostileText.DeepMarkdown(nesting));

        var report = await bench.ImportAsync();

        AssertRefusedAlone(report, "pages/deep.en.md", "nested");
        await AssertTheFixtureImportedAsync();
    }

    [Fact]
    public async Task A_timeline_entry_nested_too_deep_refuses_its_file()
    {
        Write("pages/deep-timeline.en.md",
            "---\ntitle: \"t\"\nsummary: \"s\"\ntimeline:\n  - year: 1992\n    when: \"1992\"\n    strand: council\n    text: \""
            + new string('[', 1000) + "\"\n---\nBody\n");

        var report = await bench.ImportAsync();

        AssertRefusedAlone(report, "pages/deep-timeline.en.md", "timeline entry 1");
        await AssertTheFixtureImportedAsync();
    }

    [Fact]
    public async Task A_content_file_with_invalid_utf8_is_refused_with_the_byte_offset()
    {
        var before = Encoding.UTF8.GetBytes("---\ntitle: \"Caf");
        await File.WriteAllBytesAsync(Path.Combine(content, "pages", "latin1.en.md"),
            [.. before, 0xE9, .. Encoding.UTF8.GetBytes("\"\nsummary: \"s\"\n---\nBody\n")]);

        var report = await bench.ImportAsync();

        AssertRefusedAlone(report, "pages/latin1.en.md", $"invalid UTF-8 at byte {before.Length}");
        await AssertTheFixtureImportedAsync();
    }

    [Theory]
    [MemberData(nameof(XmlForbidden))]
    public async Task A_content_file_with_a_character_xml_cannot_carry_is_refused_naming_it_and_its_line(string code)
    {
        Write("news/2025-04-01-control.en.md",
            "---\ntitle: \"t\"\nsummary: \"s\"\ndate: \"2025-04-01\"\nplace: \"p\"\ninstitution: \"congress\"\n---\nFirst line.\nSecond"
            + HostileText.Character(code) + "line.\n");

        var report = await bench.ImportAsync();

        AssertRefusedAlone(report, "news/2025-04-01-control.en.md", $"U+{code} at line 9");
        await AssertTheFixtureImportedAsync();
    }

    [Fact]
    public async Task A_control_character_in_the_front_matter_is_refused_naming_it_and_its_line()
    {
        Write("pages/control-title.en.md", "---\ntitle: \"a\bb\"\nsummary: \"s\"\n---\nBody\n");

        var report = await bench.ImportAsync();

        AssertRefusedAlone(report, "pages/control-title.en.md", "U+0008 at line 2");
    }

    [Fact]
    public async Task The_site_stays_healthy_and_serves_every_other_page_next_to_broken_files()
    {
        foreach (var nesting in HostileText.Nestings)
        {
            Write($"pages/deep-{nesting}.en.md", Head + HostileText.DeepMarkdown(nesting));
        }

        Write("news/2025-04-01-control.en.md",
            "---\ntitle: \"t\u0008\"\nsummary: \"s\"\ndate: \"2025-04-01\"\nplace: \"p\"\ninstitution: \"congress\"\n---\nBody\n");
        await File.WriteAllBytesAsync(Path.Combine(content, "pages", "latin1.en.md"), [.. Encoding.UTF8.GetBytes(Head), 0xFF]);
        using var factory = new PortalFactory(content);

        var client = await factory.ReadyClientAsync();

        using var health = await client.GetAsync("/healthz");
        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Sessions open to the democratic forces",
            (await client.GetDocumentAsync("/en/news/2025-03-26-sessions")).QuerySelector("h1")!.TextContent.Trim());
        foreach (var language in new[] { "en", "fr", "ru", "be" })
        {
            System.Xml.Linq.XDocument.Parse(await client.GetStringAsync($"/{language}/feed.xml"));
        }

        using var refused = await client.GetAsync("/en/news/2025-04-01-control");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, refused.StatusCode);
    }

    private void AssertRefusedAlone(Portal.Web.Content.ImportReport report, string path, string reason)
    {
        var refused = Assert.Single(report.Refused);
        Assert.Equal(path, refused.Path);
        Assert.Contains(reason, refused.Reason);
        Assert.Contains(bench.Log.Collector.GetSnapshot(), e => e.Level == LogLevel.Warning && e.Message.Contains(path) && e.Message.Contains(reason));
    }

    private async Task AssertTheFixtureImportedAsync()
    {
        await using var db = bench.NewDb();
        Assert.Equal(["about", "history", "home"], await db.Pages.Select(p => p.Slug).OrderBy(s => s).ToListAsync());
        Assert.Equal(["2025-02-11-english-only", "2025-03-26-sessions"], await db.News.Select(n => n.Slug).OrderBy(s => s).ToListAsync());
        Assert.Equal(4, await db.NewsTranslations.CountAsync(t => t.NewsItem!.Slug == "2025-03-26-sessions"));
        Assert.True(await db.Institutions.AnyAsync(i => i.Slug == "congress"));
    }

    private void Write(string relativePath, string text)
    {
        var path = Path.Combine(content, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
