using Portal.Web.Data;
using Portal.Web.Infrastructure;

namespace Portal.Web.Search;

/// <summary>
/// Fills the index once the start-up import is done, when it is empty: a database that had content before the
/// AddSearchIndex migration created the table, and whose content files have not changed since, would otherwise stay unsearchable.
/// </summary>
public sealed class SearchIndexStartup(IServiceScopeFactory scopes, Readiness readiness, ILogger<SearchIndexStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await readiness.WhenReady.WaitAsync(stoppingToken);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
            if (await SearchIndex.IsEmptyAsync(db, stoppingToken))
            {
                await SearchIndex.RebuildAsync(db, stoppingToken);
                logger.LogInformation("Search index rebuilt from the content tables");
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The start-up import logs its own failure; an index that cannot be built must not stop the site.
            logger.LogError(e, "The search index could not be rebuilt");
        }
    }
}
