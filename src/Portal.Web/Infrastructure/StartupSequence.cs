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
        await migration.MigrateAsync(cancellationToken);
        var (exclusive, importedByAnother) = db.Database.IsNpgsql() ? await ImportAloneAsync(cancellationToken) : (null, false);
        await using var held = exclusive; // released once this start-up's import is recorded
        if (importedByAnother)
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
    /// Several instances on one PostgreSQL database: one imports, the others wait for it, and one that waited does not import
    /// the same content/ again once the import it waited for is recorded (a failed one is not: then it imports itself).
    /// </summary>
    private async Task<(ImportLock? Lock, bool ImportedByAnother)> ImportAloneAsync(CancellationToken cancellationToken)
    {
        DateTime? before = null;
        var importLock = await ImportLock.AcquireAsync(db.Database.GetConnectionString()!, async () =>
        {
            logger.LogInformation("Another instance is importing content/; waiting for it");
            before = await LastImportAsync(cancellationToken);
        }, cancellationToken);
        var importedByAnother = importLock.WaitedForAnother && await LastImportAsync(cancellationToken) != before;
        return (importLock, importedByAnother);
    }

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
