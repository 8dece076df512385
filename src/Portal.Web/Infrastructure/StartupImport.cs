using System.Diagnostics;

namespace Portal.Web.Infrastructure;

/// <summary>Runs the <see cref="StartupSequence"/> once as the app starts, and tells <see cref="Readiness"/> how it went.</summary>
public sealed class StartupImport(IServiceScopeFactory scopes, Readiness readiness, ILogger<StartupImport> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            // A hosted service lives as long as the app; the start-up's work (its PortalDb) lives in a scope of its own.
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<StartupSequence>().RunAsync(stoppingToken);
            readiness.MarkReady();
            logger.LogInformation("Ready: database migrated and content imported in {Elapsed} ms", clock.ElapsedMilliseconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogCritical(e, "The database could not be migrated or the content imported");
            readiness.MarkFailed(e);
        }
    }
}
