using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Search;

/// <summary>Reads what the index should hold from the content tables: every page and institution text, and published news.</summary>
public static class SearchDocuments
{
    /// <param name="ids">The items to read; null: all of them.</param>
    public static async Task<List<SearchDocument>> PagesAsync(PortalDb db, IReadOnlyCollection<int>? ids, CancellationToken cancellationToken)
    {
        // Not "ids == null || ids.Contains(...)" in SQL: that OR makes SQLite read every text, here and below.
        var chosen = ids is null ? db.PageTranslations : db.PageTranslations.Where(t => ids.Contains(t.PageId));
        var texts = await chosen.AsNoTracking()
            .Select(t => new
            {
                t.PageId, t.Page!.Slug, t.Language, t.Title, t.Summary, t.BodyHtml,
                Timeline = t.Timeline.OrderBy(e => e.Year).ThenBy(e => e.Position).Select(e => e.When + " " + e.TextHtml).ToList(),
            })
            .ToListAsync(cancellationToken);
        return texts.Select(t => new SearchDocument(new SearchKey(SearchKind.Page, t.PageId), t.Language, t.Slug, null, t.Title,
                Body(t.Summary, [.. t.Timeline, t.BodyHtml])))
            .ToList();
    }

    public static async Task<List<SearchDocument>> InstitutionsAsync(PortalDb db, IReadOnlyCollection<int>? ids, CancellationToken cancellationToken)
    {
        var chosen = ids is null ? db.InstitutionTranslations : db.InstitutionTranslations.Where(t => ids.Contains(t.InstitutionId));
        var texts = await chosen.AsNoTracking()
            .Select(t => new { t.InstitutionId, t.Institution!.Slug, t.Language, t.Title, t.Summary, t.BodyHtml })
            .ToListAsync(cancellationToken);
        return texts.Select(t => new SearchDocument(new SearchKey(SearchKind.Institution, t.InstitutionId), t.Language, t.Slug, null,
                t.Title, Body(t.Summary, [t.BodyHtml])))
            .ToList();
    }

    /// <summary>Only what readers may see: published and not deleted.</summary>
    public static async Task<List<SearchDocument>> NewsAsync(PortalDb db, IReadOnlyCollection<int>? ids, CancellationToken cancellationToken)
    {
        var chosen = ids is null ? db.NewsTranslations : db.NewsTranslations.Where(t => ids.Contains(t.NewsItemId));
        // Published and not deleted, checked here rather than in SQL: without statistics, SQLite would read every published
        // item by the (Status, Date) index instead of the few texts asked for.
        var texts = (await chosen.IgnoreQueryFilters().AsNoTracking()
                .Select(t => new
                {
                    t.NewsItemId, t.NewsItem!.Slug, t.NewsItem.Date, t.NewsItem.Status, t.NewsItem.IsDeleted, t.Language, t.Title, t.Summary,
                    t.Place, t.BodyHtml,
                })
                .ToListAsync(cancellationToken))
            .Where(t => t.Status == NewsStatus.Published && !t.IsDeleted);
        return texts.Select(t => new SearchDocument(new SearchKey(SearchKind.News, t.NewsItemId), t.Language, t.Slug, t.Date,
                t.Title, Body(t.Summary + " " + t.Place, [t.BodyHtml])))
            .ToList();
    }

    /// <summary>What the index should hold for these items now: none for an item deleted or unpublished.</summary>
    public static async Task<List<SearchDocument>> OfAsync(PortalDb db, IReadOnlyCollection<SearchKey> keys, CancellationToken cancellationToken)
    {
        List<int> IdsOf(SearchKind kind) => keys.Where(k => k.Kind == kind).Select(k => k.ItemId).Distinct().ToList();
        var documents = new List<SearchDocument>();
        if (IdsOf(SearchKind.Page) is { Count: > 0 } pages)
        {
            documents.AddRange(await PagesAsync(db, pages, cancellationToken));
        }

        if (IdsOf(SearchKind.Institution) is { Count: > 0 } institutions)
        {
            documents.AddRange(await InstitutionsAsync(db, institutions, cancellationToken));
        }

        if (IdsOf(SearchKind.News) is { Count: > 0 } news)
        {
            documents.AddRange(await NewsAsync(db, news, cancellationToken));
        }

        return documents;
    }

    /// <summary>The documents these rowids stand for, by rowid; one whose item is gone or unpublished is not there.</summary>
    public static async Task<Dictionary<long, SearchDocument>> ByRowIdAsync(PortalDb db, IReadOnlyCollection<long> rowIds,
        CancellationToken cancellationToken)
    {
        var documents = await OfAsync(db, rowIds.Select(rowId => SearchDocument.Of(rowId).Key).ToList(), cancellationToken);
        var wanted = rowIds.ToHashSet();
        return documents.Where(d => wanted.Contains(d.RowId)).ToDictionary(d => d.RowId);
    }

    private static string Body(string summary, IEnumerable<string> htmlParts) =>
        string.Join(" ", [PlainText.WithoutSnippetMarkers(summary), .. htmlParts.Select(PlainText.FromHtml)]);
}
