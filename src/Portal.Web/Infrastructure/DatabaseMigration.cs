using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Infrastructure;

/// <summary>
/// Brings the database to its latest migration, first clearing a migration lock left by a process killed while migrating.
/// </summary>
/// <remarks>
/// EF Core (9 and later) marks a migration in progress with a row in <c>__EFMigrationsLock</c>, on every MigrateAsync, and
/// deletes it when done. A process killed in between leaves the row; SQLite records no owner for it, and every later
/// MigrateAsync waits for it for ever. The rule: every migration of this database (the site at start-up, <c>users add</c>)
/// runs here, inside <see cref="MigrationFileLock"/>, an OS lock that dies with its process. So a row found while we hold
/// that lock belongs to no living migrator and is safe to delete. (A tool that migrates on its own, such as <c>dotnet ef
/// database update</c>, takes no such lock: do not run one on the database of a site that is starting.)
/// </remarks>
public sealed class DatabaseMigration(PortalDb db, ILogger<DatabaseMigration> logger)
{
    private const string LockTable = "__EFMigrationsLock";

    // A migration of this database takes well under a second; a minute means something else holds the lock file.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        if (db.Database.IsNpgsql())
        {
            // EF Core's own lock did not keep two instances started together from migrating at once (seen in the tests).
            await using var held = await PostgreSqlLock.AcquireAsync(db.Database.GetConnectionString()!, PostgreSqlLock.Migration,
                () =>
                {
                    logger.LogInformation("Waiting for another process to finish migrating the database");
                    return Task.CompletedTask;
                }, cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        if (DatabaseOptions.FileIn(db.Database.GetConnectionString() ?? "") is not { } file)
        {
            await db.Database.MigrateAsync(cancellationToken); // in memory: no other process, nothing left from one
            return;
        }

        await using var exclusive = await MigrationFileLock.AcquireAsync(file, Patience, logger, cancellationToken);
        if (File.Exists(file)) // opening a missing file would create it, and EF Core would then skip making it a WAL database
        {
            await ClearStaleLockAsync(file, cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
    }

    private async Task ClearStaleLockAsync(string file, CancellationToken cancellationToken)
    {
        var tables = await db.Database
            .SqlQuery<string>($"""SELECT "name" AS "Value" FROM "sqlite_master" WHERE "type" = 'table' AND "name" = {LockTable}""")
            .ToListAsync(cancellationToken);
        if (tables.Count == 0)
        {
            return;
        }

        var takenAt = await db.Database.SqlQueryRaw<string>($"""SELECT "Timestamp" AS "Value" FROM "{LockTable}" """)
            .ToListAsync(cancellationToken);
        if (takenAt.Count == 0)
        {
            return;
        }

        await db.Database.ExecuteSqlRawAsync($"""DELETE FROM "{LockTable}" """, cancellationToken);
        logger.LogWarning(
            "Cleared a stale migration lock on {Database}, taken at {TakenAt} by a process that ended without releasing it (killed while migrating)",
            file, string.Join(", ", takenAt));
    }
}
