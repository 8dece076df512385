using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Search;

/// <summary>One result; <see cref="Snippet"/> and <see cref="Title"/> carry <see cref="SnippetMarkers"/> around the reader's words.</summary>
public sealed record SearchHit(SearchKind Kind, string Slug, string? Date, string Title, string Snippet);

public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, int Total);

/// <summary>The search over one language's part of the index, best match first (bm25, a title match weighing most).</summary>
/// <remarks>
/// A word found in every item is the slow case, so the index answers from itself alone: the language is the rowid's slot,
/// and counting and ranking need no text. Only the ten results shown are read from their tables, to show them.
/// </remarks>
public static class SiteSearch
{
    private const int SnippetWords = 24;

    public static async Task<SearchPage> RunAsync(PortalDb db, ReaderQuery query, string language, int skip, int take,
        CancellationToken cancellationToken)
    {
        if (query.IsEmpty)
        {
            return new SearchPage([], 0);
        }

        if (db.Database.IsNpgsql())
        {
            return await PostgreSqlSearch.RunAsync(db, query, language, skip, take, SnippetWords, cancellationToken);
        }

        var match = query.ToFtsMatch();
        var (slots, slot) = (SearchDocument.LanguageSlots, SearchDocument.LanguageSlot(language));
        var total = await db.Database.SqlQuery<int>($"""
            SELECT count(*) AS "Value" FROM "SearchIndex" WHERE "SearchIndex" MATCH {match} AND rowid % {slots} = {slot}
            """).SingleAsync(cancellationToken);
        if (total == 0)
        {
            return new SearchPage([], 0);
        }

        var rowIds = await db.Database.SqlQuery<long>($"""
            SELECT rowid AS "Value" FROM "SearchIndex"
            WHERE "SearchIndex" MATCH {match} AND rowid % {slots} = {slot}
            ORDER BY bm25("SearchIndex", 10.0, 1.0), rowid
            LIMIT {take} OFFSET {skip}
            """).ToListAsync(cancellationToken);
        var documents = await SearchDocuments.ByRowIdAsync(db, rowIds, cancellationToken);
        var hits = rowIds.Select(documents.GetValueOrDefault).OfType<SearchDocument>()
            .Select(d => new SearchHit(d.Key.Kind, d.Slug, d.Date?.ToString("O"),
                MatchedText.Highlighted(PlainText.WithoutSnippetMarkers(d.Title), query), MatchedText.Snippet(d.Body, query, SnippetWords)))
            .ToList();
        return new SearchPage(hits, total);
    }
}
