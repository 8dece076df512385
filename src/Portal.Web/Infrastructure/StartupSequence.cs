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
        foreach (var step in afterImport)
        {
            await step.RunAsync(cancellationToken);
        }

        await RecordFinishedImportAsync(cancellationToken);
    }

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
