using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Search;

/// <summary>Reads what the index should hold from the content tables: every page and institution text, and published news.</summary>
public static class SearchDocuments
{
    /// <param name="ids">The items to read; null: all of them.</param>
    public static async Task<List<SearchDocument>> PagesAsync(PortalDb db, IReadOnlyCollection<int>? ids, CancellationToken cancellationToken)
    {
        var texts = await db.PageTranslations.AsNoTracking()
            .Where(t => ids == null || ids.Contains(t.PageId))
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
        var texts = await db.InstitutionTranslations.AsNoTracking()
            .Where(t => ids == null || ids.Contains(t.InstitutionId))
            .Select(t => new { t.InstitutionId, t.Institution!.Slug, t.Language, t.Title, t.Summary, t.BodyHtml })
            .ToListAsync(cancellationToken);
        return texts.Select(t => new SearchDocument(new SearchKey(SearchKind.Institution, t.InstitutionId), t.Language, t.Slug, null,
                t.Title, Body(t.Summary, [t.BodyHtml])))
            .ToList();
    }

    /// <summary>Only what readers may see: published and not deleted.</summary>
    public static async Task<List<SearchDocument>> NewsAsync(PortalDb db, IReadOnlyCollection<int>? ids, CancellationToken cancellationToken)
    {
        var texts = await db.NewsTranslations.IgnoreQueryFilters().AsNoTracking()
            .Where(t => t.NewsItem!.Status == NewsStatus.Published && !t.NewsItem.IsDeleted)
            .Where(t => ids == null || ids.Contains(t.NewsItemId))
            .Select(t => new { t.NewsItemId, t.NewsItem!.Slug, t.NewsItem.Date, t.Language, t.Title, t.Summary, t.Place, t.BodyHtml })
            .ToListAsync(cancellationToken);
        return texts.Select(t => new SearchDocument(new SearchKey(SearchKind.News, t.NewsItemId), t.Language, t.Slug, t.Date,
                t.Title, Body(t.Summary + " " + t.Place, [t.BodyHtml])))
            .ToList();
    }

    private static string Body(string summary, IEnumerable<string> htmlParts) =>
        string.Join(" ", [PlainText.WithoutSnippetMarkers(summary), .. htmlParts.Select(PlainText.FromHtml)]);
}
