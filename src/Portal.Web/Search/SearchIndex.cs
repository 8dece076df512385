using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Web.Data;

namespace Portal.Web.Search;

/// <summary>
/// Writes the FTS5 table "SearchIndex" (created by the AddSearchIndex migration). It runs on the caller's connection
/// and inside its transaction, so the index changes with the content or not at all.
/// </summary>
public static class SearchIndex
{
    /// <summary>Replaces the rows of these items by what the content tables hold now (nothing, if deleted or unpublished).</summary>
    public static async Task UpdateAsync(PortalDb db, IReadOnlyCollection<SearchKey> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return;
        }

        var documents = new List<SearchDocument>();
        if (IdsOf(keys, SearchKind.Page) is { Count: > 0 } pages)
        {
            documents.AddRange(await SearchDocuments.PagesAsync(db, pages, cancellationToken));
        }

        if (IdsOf(keys, SearchKind.Institution) is { Count: > 0 } institutions)
        {
            documents.AddRange(await SearchDocuments.InstitutionsAsync(db, institutions, cancellationToken));
        }

        if (IdsOf(keys, SearchKind.News) is { Count: > 0 } news)
        {
            documents.AddRange(await SearchDocuments.NewsAsync(db, news, cancellationToken));
        }

        await WriteAsync(db, keys, documents, deleteAll: false, cancellationToken);
    }

    /// <summary>Empties the index and fills it again from the content tables.</summary>
    public static async Task RebuildAsync(PortalDb db, CancellationToken cancellationToken = default)
    {
        var documents = new List<SearchDocument>();
        documents.AddRange(await SearchDocuments.PagesAsync(db, null, cancellationToken));
        documents.AddRange(await SearchDocuments.InstitutionsAsync(db, null, cancellationToken));
        documents.AddRange(await SearchDocuments.NewsAsync(db, null, cancellationToken));
        await WriteAsync(db, [], documents, deleteAll: true, cancellationToken);
    }

    public static async Task<bool> IsEmptyAsync(PortalDb db, CancellationToken cancellationToken = default) =>
        !await db.Database.SqlQuery<int>($"""SELECT 1 AS "Value" FROM "SearchIndex" LIMIT 1""").AnyAsync(cancellationToken);

    private static List<int> IdsOf(IEnumerable<SearchKey> keys, SearchKind kind) =>
        keys.Where(k => k.Kind == kind).Select(k => k.ItemId).Distinct().ToList();

    private static async Task WriteAsync(PortalDb db, IEnumerable<SearchKey> removed, IReadOnlyList<SearchDocument> documents,
        bool deleteAll, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        IDbContextTransaction? own = null;
        try
        {
            own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            var connection = db.Database.GetDbConnection();
            var transaction = db.Database.CurrentTransaction!.GetDbTransaction();

            await using var delete = Command(connection, transaction, deleteAll
                ? """DELETE FROM "SearchIndex" """
                : """DELETE FROM "SearchIndex" WHERE rowid BETWEEN $first AND $last""", deleteAll ? [] : ["$first", "$last"]);
            if (deleteAll)
            {
                await delete.ExecuteNonQueryAsync(cancellationToken);
            }
            else
            {
                foreach (var key in removed.Distinct())
                {
                    delete.Parameters["$first"].Value = SearchDocument.FirstRowId(key);
                    delete.Parameters["$last"].Value = SearchDocument.LastRowId(key);
                    await delete.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            await using var insert = Command(connection, transaction, """
                INSERT INTO "SearchIndex" (rowid, "Title", "Body", "Kind", "ItemId", "Language", "Slug", "Date")
                VALUES ($rowid, $title, $body, $kind, $itemId, $language, $slug, $date)
                """, ["$rowid", "$title", "$body", "$kind", "$itemId", "$language", "$slug", "$date"]);
            foreach (var document in documents)
            {
                insert.Parameters["$rowid"].Value = document.RowId;
                insert.Parameters["$title"].Value = PlainText.WithoutSnippetMarkers(document.Title);
                insert.Parameters["$body"].Value = document.Body;
                insert.Parameters["$kind"].Value = document.Key.Kind.ToString();
                insert.Parameters["$itemId"].Value = document.Key.ItemId;
                insert.Parameters["$language"].Value = document.Language;
                insert.Parameters["$slug"].Value = document.Slug;
                insert.Parameters["$date"].Value = document.Date is { } date ? date.ToString("O") : DBNull.Value;
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }

            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }

        return command;
    }
}
