using Microsoft.EntityFrameworkCore;
using Portal.Tests.Infrastructure;
using Portal.Web.Localization;

namespace Portal.Tests.Content;

/// <summary>The repository's own content/ folder: everything imports, in all four languages.</summary>
public sealed class RealContentTests : IDisposable
{
    private readonly ImportBench bench = new(TestPaths.RepositoryContent);

    public void Dispose() => bench.Dispose();

    [Fact]
    public async Task The_content_folder_imports_without_a_refused_file()
    {
        var report = await bench.ImportAsync();

        Assert.Empty(report.Refused);
        Assert.DoesNotContain(bench.Log.Collector.GetSnapshot(), e => e.Level >= Microsoft.Extensions.Logging.LogLevel.Warning);
    }

    [Fact]
    public async Task Every_page_institution_and_news_item_exists_in_all_four_languages()
    {
        await bench.ImportAsync();
        await using var db = bench.NewDb();

        var pages = await db.Pages.Select(p => new { p.Slug, Languages = p.Translations.Select(t => t.Language).ToList() }).ToListAsync();
        var institutions = await db.Institutions.Select(i => new { i.Slug, Languages = i.Translations.Select(t => t.Language).ToList() }).ToListAsync();
        var news = await db.News.Select(n => new { n.Slug, Languages = n.Translations.Select(t => t.Language).ToList() }).ToListAsync();

        Assert.Equal(["about", "highlights", "history", "home", "priorities"], pages.Select(p => p.Slug).Order());
        Assert.Equal(["commissioner-for-human-rights", "committee-of-ministers", "congress", "journalists-safety-platform", "parliamentary-assembly"],
            institutions.Select(i => i.Slug).Order());
        Assert.Equal(3, news.Count);
        foreach (var item in pages.Select(p => (p.Slug, p.Languages)).Concat(institutions.Select(i => (i.Slug, i.Languages))).Concat(news.Select(n => (n.Slug, n.Languages))))
        {
            Assert.True(Languages.All.Order().SequenceEqual(item.Languages.Order()), $"{item.Slug} has {string.Join(", ", item.Languages)}");
        }
    }

    [Fact]
    public async Task The_history_timeline_has_the_same_dated_entries_in_every_language()
    {
        await bench.ImportAsync();
        await using var db = bench.NewDb();

        var timelines = await db.PageTranslations.Where(t => t.Page!.Slug == "history")
            .Select(t => new { t.Language, Entries = t.Timeline.OrderBy(e => e.Position).Select(e => e.Year * 10 + (int)e.Strand).ToList() })
            .ToListAsync();

        var english = timelines.Single(t => t.Language == "en").Entries;
        Assert.True(english.Count >= 20, $"the English timeline has only {english.Count} entries");
        Assert.All(timelines, t => Assert.Equal(english, t.Entries));
    }
}
