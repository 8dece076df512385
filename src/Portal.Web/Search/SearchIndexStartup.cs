using Portal.Web.Data;
using Portal.Web.Infrastructure;

namespace Portal.Web.Search;

/// <summary>
/// Fills the index after the start-up import when it is empty, before the site answers: a database that had content before
/// the AddSearchIndex migration created the table, and whose content files have not changed since, would otherwise stay
/// unsearchable.
/// </summary>
public sealed class SearchIndexStartup(PortalDb db, ILogger<SearchIndexStartup> logger) : IAfterImport
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await SearchIndex.IsEmptyAsync(db, cancellationToken))
        {
            await SearchIndex.RebuildAsync(db, cancellationToken);
            logger.LogInformation("Search index rebuilt from the content tables");
        }
    }
}
