using Microsoft.EntityFrameworkCore;
using Portal.Web.Content;
using Portal.Web.Data;

namespace Portal.Web.Infrastructure;

/// <summary>The start-up's work in order, in one scope: migrate the database, import content/, then every <see cref="IAfterImport"/>.</summary>
public sealed class StartupSequence(PortalDb db, ContentImporter importer, IEnumerable<IAfterImport> afterImport)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await db.Database.MigrateAsync(cancellationToken);
        await importer.ImportAsync(cancellationToken);
        foreach (var step in afterImport)
        {
            await step.RunAsync(cancellationToken);
        }
    }
}
