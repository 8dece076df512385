using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Web.Data;

namespace Portal.Web.Search;

/// <summary>
/// Writes the FTS5 table "SearchIndex" (contentless since the SearchIndexWithoutTextCopy migration: it keeps what finding
/// needs, not the texts). It runs on the caller's connection and inside its transaction, so the index changes with the
/// content or not at all.
/// </summary>
public static class SearchIndex
{
    /// <summary>News items read and written at a time by a rebuild: its memory stays the same however many there are.</summary>
    private const int RebuildBatch = 500;

    /// <summary>Replaces the rows of these items by what the content tables hold now (nothing, if deleted or unpublished).</summary>
    public static async Task UpdateAsync(PortalDb db, IReadOnlyCollection<SearchKey> keys, CancellationToken cancellationToken = default)
    {
        if (keys.Count == 0)
        {
            return;
        }

        await WriteAsync(db, keys, await SearchDocuments.OfAsync(db, keys, cancellationToken), deleteAll: false, cancellationToken);
    }

    /// <summary>Empties the index and fills it again from the content tables, in one transaction.</summary>
    public static async Task RebuildAsync(PortalDb db, CancellationToken cancellationToken = default)
    {
        await InTransactionAsync(db, async () =>
        {
            var pages = await SearchDocuments.PagesAsync(db, null, cancellationToken);
            var institutions = await SearchDocuments.InstitutionsAsync(db, null, cancellationToken);
            await WriteAsync(db, [], [.. pages, .. institutions], deleteAll: true, cancellationToken);
            var newsIds = await db.News.IgnoreQueryFilters().OrderBy(n => n.Id).Select(n => n.Id).ToListAsync(cancellationToken);
            foreach (var batch in newsIds.Chunk(RebuildBatch))
            {
                await WriteAsync(db, [], await SearchDocuments.NewsAsync(db, batch, cancellationToken), deleteAll: false, cancellationToken);
            }
        }, cancellationToken);
    }

    public static async Task<bool> IsEmptyAsync(PortalDb db, CancellationToken cancellationToken = default) =>
        !await db.Database.SqlQuery<int>($"""SELECT 1 AS "Value" FROM "SearchIndex" LIMIT 1""").AnyAsync(cancellationToken);

    private static async Task WriteAsync(PortalDb db, IEnumerable<SearchKey> removed, IReadOnlyList<SearchDocument> documents,
        bool deleteAll, CancellationToken cancellationToken)
    {
        await InTransactionAsync(db, async () =>
        {
            if (db.Database.IsNpgsql())
            {
                await PostgreSqlSearch.WriteAsync(db, removed, documents, deleteAll, cancellationToken);
                return;
            }

            var connection = db.Database.GetDbConnection();
            var transaction = db.Database.CurrentTransaction!.GetDbTransaction();

            await using var delete = Command(connection, transaction, deleteAll
                ? """INSERT INTO "SearchIndex" ("SearchIndex") VALUES ('delete-all')"""
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
                INSERT INTO "SearchIndex" (rowid, "Title", "Body") VALUES ($rowid, $title, $body)
                """, ["$rowid", "$title", "$body"]);
            foreach (var document in documents)
            {
                insert.Parameters["$rowid"].Value = document.RowId;
                insert.Parameters["$title"].Value = PlainText.WithoutSnippetMarkers(document.Title);
                insert.Parameters["$body"].Value = document.Body;
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
        }, cancellationToken);
    }

    /// <summary>Runs <paramref name="work"/> inside the caller's transaction, or in one of its own that it commits.</summary>
    private static async Task InTransactionAsync(PortalDb db, Func<Task> work, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        IDbContextTransaction? own = null;
        try
        {
            own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            await work();
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
