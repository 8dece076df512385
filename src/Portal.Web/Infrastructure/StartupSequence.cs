using Microsoft.EntityFrameworkCore;
using Portal.Web.Content;
using Portal.Web.Data;

namespace Portal.Web.Infrastructure;

/// <summary>
/// The start-up's work in order, in one scope: migrate the database, import content/, then every <see cref="IAfterImport"/>.
/// A database that holds the site of a finished import is opened to readers as soon as it is migrated: a restart, or a
/// content update of thousands of files, does not hold them while the import runs.
/// </summary>
public sealed class StartupSequence(DatabaseMigration migration, ContentImporter importer, IEnumerable<IAfterImport> afterImport,
    PortalDb db, Readiness readiness, TimeProvider clock, ILogger<StartupSequence> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        // Held from before migrating until this start-up's import is recorded: another instance started at the same time waits.
        var (exclusive, waited, before) = db.Database.IsNpgsql() ? await ImportAloneAsync(cancellationToken) : (null, false, null);
        await using var held = exclusive;
        await migration.MigrateAsync(cancellationToken);
        if (waited && await LastImportAsync(cancellationToken) != before)
        {
            readiness.MarkServing();
            logger.LogInformation("Database migrated; another instance imported content/ meanwhile, serving its import");
            await AfterImportAsync(cancellationToken);
            return;
        }

        if (await db.ContentImports.AnyAsync(cancellationToken))
        {
            readiness.MarkServing();
            logger.LogInformation("Database migrated; serving the last import's content while importing content again");
        }
        else
        {
            logger.LogInformation("Database migrated; importing content");
        }

        await importer.ImportAsync(cancellationToken);
        await AfterImportAsync(cancellationToken);
        await RecordFinishedImportAsync(cancellationToken);
    }

    private async Task AfterImportAsync(CancellationToken cancellationToken)
    {
        foreach (var step in afterImport)
        {
            await step.RunAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Several instances on one PostgreSQL database: one imports, the others wait for it. One that waited does not import the same
    /// content/ again if the import it waited for was recorded meanwhile (a failed one is not: then it imports itself).
    /// </summary>
    private async Task<(PostgreSqlLock? Lock, bool Waited, DateTime? Before)> ImportAloneAsync(CancellationToken cancellationToken)
    {
        DateTime? before = null;
        var importLock = await PostgreSqlLock.AcquireAsync(db.Database.GetConnectionString()!, PostgreSqlLock.Import, async () =>
        {
            logger.LogInformation("Another instance is migrating the database or importing content/; waiting for it");
            before = await LastImportOrNoneAsync(cancellationToken);
            // A database already at this version that holds a finished import is read meanwhile, as on a restart.
            if (before is not null && !(await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            {
                readiness.MarkServing();
            }
        }, cancellationToken);
        return (importLock, importLock.WaitedForAnother, before);
    }

    /// <summary>The last import, also on a database the other instance has not migrated yet.</summary>
    private async Task<DateTime?> LastImportOrNoneAsync(CancellationToken cancellationToken) =>
        await db.Database.SqlQuery<bool>($"""SELECT to_regclass('"ContentImports"') IS NOT NULL AS "Value" """).SingleAsync(cancellationToken)
            ? await LastImportAsync(cancellationToken)
            : null;

    private Task<DateTime?> LastImportAsync(CancellationToken cancellationToken) =>
        db.ContentImports.AsNoTracking().Select(i => (DateTime?)i.FinishedAt).FirstOrDefaultAsync(cancellationToken);

    private async Task RecordFinishedImportAsync(CancellationToken cancellationToken)
    {
        var finished = await db.ContentImports.FindAsync([ContentImport.OnlyRow], cancellationToken);
        if (finished is null)
        {
            finished = new ContentImport();
            db.ContentImports.Add(finished);
        }

        finished.FinishedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
    }
}
