using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Search;

/// <summary>One result as the index gives it; <see cref="Snippet"/> and <see cref="Title"/> carry <see cref="SnippetMarkers"/>.</summary>
public sealed record SearchHit(SearchKind Kind, string Slug, string? Date, string Title, string Snippet);

public sealed record SearchPage(IReadOnlyList<SearchHit> Hits, int Total);

/// <summary>The search over one language's part of the index, best match first (bm25, a title match weighing most).</summary>
/// <remarks>
/// A word found in every item is the slow case: each step reads only the index where it can. The language is the
/// rowid's slot (the stored Language column would be read from every match's row), counting and ranking need the index
/// alone, and the text is read for the ten results shown, not for every match.
/// </remarks>
public static class SiteSearch
{
    private const int SnippetTokens = 24;

    public static async Task<SearchPage> RunAsync(PortalDb db, ReaderQuery query, string language, int skip, int take,
        CancellationToken cancellationToken)
    {
        if (query.IsEmpty)
        {
            return new SearchPage([], 0);
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

        var (open, close) = (SnippetMarkers.Open.ToString(), SnippetMarkers.Close.ToString());
        var rows = await db.Database.SqlQuery<IndexRow>($"""
            SELECT "Kind", "Slug", "Date",
                   highlight("SearchIndex", 0, {open}, {close}) AS "Title",
                   snippet("SearchIndex", 1, {open}, {close}, '…', {SnippetTokens}) AS "Snippet"
            FROM "SearchIndex"
            WHERE "SearchIndex" MATCH {match} AND rowid IN (
                SELECT rowid FROM "SearchIndex"
                WHERE "SearchIndex" MATCH {match} AND rowid % {slots} = {slot}
                ORDER BY bm25("SearchIndex", 10.0, 1.0), rowid
                LIMIT {take} OFFSET {skip})
            ORDER BY bm25("SearchIndex", 10.0, 1.0), rowid
            """).ToListAsync(cancellationToken);
        var hits = rows.Select(row => new SearchHit(Enum.Parse<SearchKind>(row.Kind), row.Slug, row.Date, row.Title, row.Snippet)).ToList();
        return new SearchPage(hits, total);
    }

    /// <summary>A result as SQLite returns it: the index keeps the kind by name.</summary>
    private sealed record IndexRow(string Kind, string Slug, string? Date, string Title, string Snippet);
}
