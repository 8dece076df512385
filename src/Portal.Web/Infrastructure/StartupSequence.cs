using Portal.Web.Content;

namespace Portal.Web.Infrastructure;

/// <summary>The start-up's work in order, in one scope: migrate the database, import content/, then every <see cref="IAfterImport"/>.</summary>
public sealed class StartupSequence(DatabaseMigration migration, ContentImporter importer, IEnumerable<IAfterImport> afterImport,
    ILogger<StartupSequence> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await migration.MigrateAsync(cancellationToken);
        logger.LogInformation("Database migrated; importing content");
        await importer.ImportAsync(cancellationToken);
        foreach (var step in afterImport)
        {
            await step.RunAsync(cancellationToken);
        }
    }
}
