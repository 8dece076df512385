using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using Portal.Web.Content;

namespace Portal.Tests.Content;

/// <summary>News in a folder larger than one batch of the import: every rule holds across batches as within one.</summary>
public sealed class BatchedNewsImportTests : IDisposable
{
    // Two and a half batches of items, every third one in French too.
    private static readonly int Items = NewsImport.BatchSize * 5 / 2;
    private readonly string content = TestPaths.CopyOfFixtureContent();
    private readonly ImportBench bench;

    public BatchedNewsImportTests()
    {
        bench = new ImportBench(content);
        for (var i = 1; i <= Items; i++)
        {
            Write(i, "en", $"Item {i}");
            if (i % 3 == 0)
            {
                Write(i, "fr", $"Article {i}");
            }
        }
    }

    public void Dispose()
    {
        bench.Dispose();
        Directory.Delete(content, recursive: true);
    }

    [Fact]
    public async Task Every_file_is_imported_once_and_a_second_import_changes_nothing()
    {
        var first = await bench.ImportAsync();
        var second = await bench.ImportAsync();

        var files = Items + Items / 3;
        await using var db = bench.NewDb();
        Assert.Empty(first.Refused);
        Assert.Equal(Items + 2, await db.News.CountAsync());
        Assert.Equal(files + 5, await db.NewsTranslations.CountAsync());
        Assert.Equal((0, 0, 0), (second.Added, second.Updated, second.Removed));
        Assert.Equal(first.Added, second.Unchanged);
        Assert.Equal("Article 249", await TitleAsync(249, "fr"));
    }

    [Fact]
    public async Task Changes_in_any_batch_are_applied_and_counted_and_an_editors_item_is_left_alone()
    {
        await bench.ImportAsync();
        await using (var db = bench.NewDb())
        {
            var edited = await db.News.SingleAsync(n => n.Slug == Slug(240));
            edited.EditedAt = DateTime.UtcNow;
            await db.SaveChangesAsync();
        }

        Write(Items - 1, "en", "Changed in the last batch");
        Write(240, "en", "Changed, but an editor has it");
        Write(Items + 1, "en", "Added after the first import");
        File.WriteAllText(Path(200, "en"), "---\ntitle: \"Broken\"\nsummary: \"s\"\ndate: \"someday\"\nplace: \"p\"\ninstitution: \"congress\"\n---\nBody.\n");
        File.Delete(Path(150, "en"));
        File.Delete(Path(150, "fr"));
        File.Delete(Path(9, "fr"));

        var report = await bench.ImportAsync();

        Assert.Equal((1, 1, 3), (report.Added, report.Updated, report.Removed));
        Assert.Equal(2, report.KeptEditorChanges);
        Assert.Equal("news/" + Slug(200) + ".en.md", Assert.Single(report.Refused).Path);
        Assert.Equal("Changed in the last batch", await TitleAsync(Items - 1, "en"));
        Assert.Equal("Added after the first import", await TitleAsync(Items + 1, "en"));
        Assert.Equal("Item 240", await TitleAsync(240, "en"));
        Assert.Equal("Item 200", await TitleAsync(200, "en"));
        Assert.Null(await TitleAsync(150, "en"));
        Assert.Null(await TitleAsync(9, "fr"));
        Assert.Equal("Item 9", await TitleAsync(9, "en"));
        await using var after = bench.NewDb();
        Assert.False(await after.News.AnyAsync(n => n.Slug == Slug(150)));
    }

    private static string Slug(int i) => $"item-{i:000}";

    private string Path(int i, string language) => System.IO.Path.Combine(content, "news", $"{Slug(i)}.{language}.md");

    private void Write(int i, string language, string title) => File.WriteAllText(Path(i, language), $"""
        ---
        title: "{title}"
        summary: "Summary {i}."
        date: "{new DateOnly(2024, 1, 1).AddDays(i):yyyy-MM-dd}"
        place: "Strasbourg"
        institution: "congress"
        ---
        Body {i}.

        """);

    private async Task<string?> TitleAsync(int i, string language)
    {
        await using var db = bench.NewDb();
        return await db.NewsTranslations.IgnoreQueryFilters().Where(t => t.NewsItem!.Slug == Slug(i) && t.Language == language)
            .Select(t => t.Title).SingleOrDefaultAsync();
    }
}
