using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Search;

/// <summary>
/// The search index on PostgreSQL (the PostgreSqlSearchIndex migration): each language's own text search configuration, a
/// title weighing ten times a body word (weights A and D), results ranked by ts_rank and marked by ts_headline with the same
/// <see cref="SnippetMarkers"/> as the SQLite search.
/// </summary>
public static class PostgreSqlSearch
{
    private const string TitleOptions = "HighlightAll=true, StartSel=\"\uE000\", StopSel=\"\uE001\"";
    private const string SnippetOptions = "MaxWords=24, MinWords=12, ShortWord=2, MaxFragments=0, StartSel=\"\uE000\", StopSel=\"\uE001\"";

    /// <summary>The configuration of each language: a stemmer where PostgreSQL has one, accents folded in all.</summary>
    public static string ConfigurationOf(string language) => language switch
    {
        "en" => "portal_english",
        "fr" => "portal_french",
        "ru" => "portal_russian",
        _ => "portal_simple", // Belarusian: PostgreSQL has no stemmer for it
    };

    /// <summary>
    /// What the reader typed as a tsquery: each word a quoted lexeme, a prefix from two letters on, all required. The words hold
    /// only letters, digits and marks (<see cref="ReaderQuery"/>), so nothing the reader types is tsquery syntax.
    /// </summary>
    public static string ToTsQuery(ReaderQuery query) =>
        string.Join(" & ", query.Words.Select(w => "'" + w.Replace("'", "''", StringComparison.Ordinal) + "'" + (w.Length > 1 ? ":*" : "")));

    public static async Task WriteAsync(PortalDb db, IEnumerable<SearchKey> removed, IReadOnlyList<SearchDocument> documents,
        bool deleteAll, CancellationToken cancellationToken)
    {
        if (deleteAll)
        {
            await db.Database.ExecuteSqlAsync($"""DELETE FROM "SearchIndex" """, cancellationToken);
        }
        else
        {
            foreach (var key in removed.Distinct())
            {
                var (first, last) = (SearchDocument.FirstRowId(key), SearchDocument.LastRowId(key));
                await db.Database.ExecuteSqlAsync($"""DELETE FROM "SearchIndex" WHERE "RowId" BETWEEN {first} AND {last}""",
                    cancellationToken);
            }
        }

        if (documents.Count == 0)
        {
            return;
        }

        // One statement for the whole batch, its rows as arrays.
        var rowIds = documents.Select(d => d.RowId).ToArray();
        var slots = documents.Select(d => (short)SearchDocument.LanguageSlot(d.Language)).ToArray();
        var configurations = documents.Select(d => ConfigurationOf(d.Language)).ToArray();
        var titles = documents.Select(d => Unparsed(PlainText.WithoutSnippetMarkers(d.Title))).ToArray();
        var bodies = documents.Select(d => Unparsed(d.Body)).ToArray();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO "SearchIndex" ("RowId", "Language", "Document")
            SELECT d.row_id, d.slot,
                setweight(to_tsvector(d.configuration::regconfig, d.title), 'A') || setweight(to_tsvector(d.configuration::regconfig, d.body), 'D')
            FROM unnest({rowIds}, {slots}, {configurations}, {titles}, {bodies}) AS d(row_id, slot, configuration, title, body)
            """, cancellationToken);
    }

    public static async Task<SearchPage> RunAsync(PortalDb db, ReaderQuery query, string language, int skip, int take, int snippetWords,
        CancellationToken cancellationToken)
    {
        var (configuration, slot, tsQuery) = (ConfigurationOf(language), (short)SearchDocument.LanguageSlot(language), ToTsQuery(query));
        var total = await db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value" FROM "SearchIndex", to_tsquery({configuration}::regconfig, {tsQuery}) AS q
            WHERE "Language" = {slot} AND "Document" @@ q
            """).SingleAsync(cancellationToken);
        if (total == 0)
        {
            return new SearchPage([], 0);
        }

        var rowIds = await db.Database.SqlQuery<long>($"""
            SELECT "RowId" AS "Value" FROM "SearchIndex", to_tsquery({configuration}::regconfig, {tsQuery}) AS q
            WHERE "Language" = {slot} AND "Document" @@ q
            ORDER BY ts_rank("Document", q) DESC, "RowId"
            LIMIT {take} OFFSET {skip}
            """).ToListAsync(cancellationToken);
        var documents = await SearchDocuments.ByRowIdAsync(db, rowIds, cancellationToken);
        var shown = rowIds.Select(documents.GetValueOrDefault).OfType<SearchDocument>().ToList();
        var titles = shown.Select(d => Unparsed(PlainText.WithoutSnippetMarkers(d.Title))).ToArray();
        var bodies = shown.Select(d => Unparsed(d.Body)).ToArray();
        var snippetOptions = SnippetOptions.Replace("MaxWords=24", $"MaxWords={snippetWords}", StringComparison.Ordinal);
        var marked = await db.Database.SqlQuery<Headline>($"""
            SELECT d.position AS "Position",
                ts_headline({configuration}::regconfig, d.title, q, {TitleOptions}) AS "Title",
                ts_headline({configuration}::regconfig, d.body, q, {snippetOptions}) AS "Snippet"
            FROM unnest({titles}, {bodies}) WITH ORDINALITY AS d(title, body, position),
                to_tsquery({configuration}::regconfig, {tsQuery}) AS q
            ORDER BY d.position
            """).ToListAsync(cancellationToken);
        var hits = shown.Zip(marked, (d, m) => new SearchHit(d.Key.Kind, d.Slug, d.Date?.ToString("O"), Restored(m.Title),
                WithEllipses(Restored(m.Snippet), d.Body)))
            .ToList();
        return new SearchPage(hits, total);
    }

    /// <summary>
    /// The text with &lt;, &gt; and &amp; as private-use characters, which PostgreSQL's parser takes for spaces: the index holds
    /// plain text, and markup written as text ("&lt;script&gt;alert") must be words to it, not an HTML tag and what it hides.
    /// </summary>
    private static string Unparsed(string text) =>
        text.Replace('<', '\uE002').Replace('>', '\uE003').Replace('&', '\uE004');

    private static string Restored(string text) =>
        text.Replace('\uE002', '<').Replace('\uE003', '>').Replace('\uE004', '&');

    /// <summary>"…" where the body goes on before or after the snippet, as the SQLite search shows it.</summary>
    private static string WithEllipses(string snippet, string body)
    {
        var shown = ReaderQuery.Word().Matches(PlainText.WithoutSnippetMarkers(snippet));
        var all = ReaderQuery.Word().Matches(body);
        if (shown.Count == 0 || all.Count == 0)
        {
            return snippet.Trim();
        }

        var before = shown.Count < all.Count && shown[0].Value != all[0].Value;
        var after = shown.Count < all.Count && shown[^1].Value != all[^1].Value;
        return (before ? "…" : "") + snippet.Trim() + (after ? "…" : "");
    }

    private sealed record Headline(long Position, string Title, string Snippet);
}
