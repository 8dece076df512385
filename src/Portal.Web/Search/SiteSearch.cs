using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Search;

/// <summary>One result as the index gives it; <see cref="Snippet"/> and <see cref="Title"/> carry <see cref="SnippetMarkers"/>.</summary>
public sealed record SearchHit(string Kind, string Slug, string? Date, string Title, string Snippet);

public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, int Total);

/// <summary>The search over one language's part of the index, best match first (bm25, a title match weighing most).</summary>
public static class SiteSearch
{
    private const int SnippetTokens = 24;

    public static async Task<SearchPage> RunAsync(PortalDb db, ReaderQuery query, string language, int pageNumber, int pageSize,
        CancellationToken cancellationToken)
    {
        if (query.IsEmpty)
        {
            return new SearchPage([], 0);
        }

        var match = query.ToFtsMatch();
        var total = await db.Database.SqlQuery<int>($"""
            SELECT count(*) AS "Value" FROM "SearchIndex" WHERE "SearchIndex" MATCH {match} AND "Language" = {language}
            """).SingleAsync(cancellationToken);
        if (total == 0)
        {
            return new SearchPage([], 0);
        }

        var hits = await db.Database.SqlQuery<SearchHit>($"""
            SELECT "Kind", "Slug", "Date",
                   highlight("SearchIndex", 0, char(57344), char(57345)) AS "Title",
                   snippet("SearchIndex", 1, char(57344), char(57345), '…', {SnippetTokens}) AS "Snippet"
            FROM "SearchIndex"
            WHERE "SearchIndex" MATCH {match} AND "Language" = {language}
            ORDER BY bm25("SearchIndex", 10.0, 1.0)
            LIMIT {pageSize} OFFSET {(pageNumber - 1) * pageSize}
            """).ToListAsync(cancellationToken);
        return new SearchPage(hits, total);
    }
}
