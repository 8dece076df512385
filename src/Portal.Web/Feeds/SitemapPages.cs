using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Pages;
using Portal.Web.Pages.News;

namespace Portal.Web.Feeds;

/// <summary>
/// The pages the sitemap lists, in order: the home page, each fixed page, the news list, each published item (newest first),
/// the institutions list and each institution. Everything but the news items is read at once (a few dozen pages);
/// news items are read a range at a time, so that one sitemap file reads only its own.
/// </summary>
public sealed class SitemapPages
{
    private readonly PortalDb db;
    private readonly List<SitemapEntry> beforeNews;
    private readonly int newsCount;
    private readonly List<SitemapEntry> afterNews;

    private SitemapPages(PortalDb db, List<SitemapEntry> beforeNews, int newsCount, List<SitemapEntry> afterNews) =>
        (this.db, this.beforeNews, this.newsCount, this.afterNews) = (db, beforeNews, newsCount, afterNews);

    public int Count => beforeNews.Count + newsCount + afterNews.Count;

    public static async Task<SitemapPages> ReadAsync(PortalDb db, CancellationToken cancellationToken)
    {
        var pages = await db.Pages.AsNoTracking().OrderBy(p => p.Slug)
            .Select(p => new { p.Slug, Texts = p.Translations.Select(t => new { t.Language, t.UpdatedAt }).ToList() })
            .ToListAsync(cancellationToken);
        var institutions = await db.Institutions.AsNoTracking().OrderBy(i => i.SortOrder)
            .Select(i => new { i.Slug, Texts = i.Translations.Select(t => new { t.Language, t.UpdatedAt }).ToList() })
            .ToListAsync(cancellationToken);
        var newsCount = await db.News.CountAsync(n => n.Status == NewsStatus.Published, cancellationToken);
        // What the news list's first page and the home page show, and the last change of any item (one deleted or
        // unpublished too): the lists' own dates, as in the feed, without reading every item's texts.
        var latestNews = await NewsAsync(db, db.News.PublishedNewestFirst().Take(Pages.News.IndexModel.PageSize), cancellationToken);
        var anyNewsChange = await db.News.IgnoreQueryFilters().MaxAsync(n => (DateTime?)n.UpdatedAt, cancellationToken) ?? DateTime.UnixEpoch;

        var home = pages.Where(p => p.Slug == PublicPages.HomeSlug)
            .Select(p => SitemapEntry.Of((paths, language) => paths.Home(language), p.Texts.Select(t => (t.Language, t.UpdatedAt)),
                DateTime.MinValue))
            .OfType<SitemapEntry>().FirstOrDefault();
        var pageEntries = pages.Where(p => p.Slug != PublicPages.HomeSlug)
            .Select(p => SitemapEntry.Of((paths, language) => paths.FixedPage(language, p.Slug), p.Texts.Select(t => (t.Language, t.UpdatedAt)),
                DateTime.MinValue))
            .OfType<SitemapEntry>().ToList();
        var institutionEntries = institutions
            .Select(i => SitemapEntry.Of((paths, language) => paths.Institution(language, i.Slug), i.Texts.Select(t => (t.Language, t.UpdatedAt)),
                DateTime.MinValue))
            .OfType<SitemapEntry>().ToList();

        List<SitemapEntry> beforeNews =
        [
            .. home is null ? [] : new[] { SitemapEntry.Latest(home.Address, [home, .. latestNews, .. institutionEntries], anyNewsChange) },
            .. pageEntries,
            SitemapEntry.Latest((paths, language) => paths.News(language), latestNews, anyNewsChange),
        ];
        List<SitemapEntry> afterNews =
        [
            SitemapEntry.Latest((paths, language) => paths.Institutions(language), institutionEntries, DateTime.UnixEpoch),
            .. institutionEntries,
        ];
        return new SitemapPages(db, beforeNews, newsCount, afterNews);
    }

    /// <summary>The pages from <paramref name="skip"/> on, at most <paramref name="take"/> of them, in the sitemap's order.</summary>
    public async Task<List<SitemapEntry>> RangeAsync(int skip, int take, CancellationToken cancellationToken)
    {
        var end = (long)skip + take;
        var entries = beforeNews.Skip(skip).Take(take).ToList();
        var (newsSkip, newsEnd) = (Math.Max(0, skip - beforeNews.Count), Math.Min(newsCount, end - beforeNews.Count));
        if (newsEnd > newsSkip)
        {
            var items = db.News.PublishedNewestFirst().Skip(newsSkip).Take((int)(newsEnd - newsSkip));
            entries.AddRange(await NewsAsync(db, items, cancellationToken));
        }

        var afterSkip = Math.Max(0, skip - beforeNews.Count - newsCount);
        var afterEnd = Math.Min(afterNews.Count, end - beforeNews.Count - newsCount);
        entries.AddRange(afterNews.Skip(afterSkip).Take((int)Math.Max(0, afterEnd - afterSkip)));
        return entries;
    }

    private static async Task<List<SitemapEntry>> NewsAsync(PortalDb db, IQueryable<NewsItem> items, CancellationToken cancellationToken)
    {
        var news = await items.AsNoTracking().Select(n => new { n.Id, n.Slug, n.UpdatedAt }).ToListAsync(cancellationToken);
        // The texts' dates by the items' ids, from the (item, language, date) index alone.
        var ids = items.Select(n => n.Id);
        var texts = (await db.NewsTranslations.AsNoTracking().Where(t => ids.Contains(t.NewsItemId))
                .Select(t => new { t.NewsItemId, t.Language, t.UpdatedAt })
                .ToListAsync(cancellationToken))
            .ToLookup(t => t.NewsItemId, t => (t.Language, t.UpdatedAt));
        return news
            .Select(n => SitemapEntry.Of((paths, language) => paths.NewsItem(language, n.Slug), texts[n.Id], n.UpdatedAt))
            .OfType<SitemapEntry>().ToList();
    }
}
