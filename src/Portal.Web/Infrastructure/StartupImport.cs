using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Portal.Web.Content;
using Portal.Web.Data;

namespace Portal.Web.Infrastructure;

/// <summary>Tells whether the database is migrated and the content imported.</summary>
public sealed class Readiness
{
    private readonly TaskCompletionSource ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => ready.Task.IsCompletedSuccessfully;
    public Task WhenReady => ready.Task;
    public void MarkReady() => ready.TrySetResult();
    public void MarkFailed(Exception e) => ready.TrySetException(e);
}

/// <summary>Work that must be done after the content import and before the site answers (e.g. filling the search index).</summary>
public interface IAfterImport
{
    Task RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}

/// <summary>Migrates the database, imports content/ and runs every <see cref="IAfterImport"/> once, as the app starts.</summary>
public sealed class StartupImport(IServiceScopeFactory scopes, Readiness readiness, IEnumerable<IAfterImport> afterImport,
    ILogger<StartupImport> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDb>();
            await db.Database.MigrateAsync(stoppingToken);
            await scope.ServiceProvider.GetRequiredService<ContentImporter>().ImportAsync(stoppingToken);
            foreach (var step in afterImport)
            {
                await step.RunAsync(scope.ServiceProvider, stoppingToken);
            }

            readiness.MarkReady();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogCritical(e, "The database could not be migrated or the content imported");
            readiness.MarkFailed(e);
        }
    }
}

/// <summary><c>/healthz</c>: healthy once the start-up import is done.</summary>
public sealed class ReadinessHealthCheck(Readiness readiness) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady
            ? HealthCheckResult.Healthy("database migrated, content imported")
            : HealthCheckResult.Unhealthy(readiness.WhenReady.IsFaulted ? "start-up import failed" : "importing content"));
}

public static class ReadinessGate
{
    /// <summary>Holds every request but <c>/healthz</c> until the content is in the database.</summary>
    public static IApplicationBuilder UseReadinessGate(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var readiness = context.RequestServices.GetRequiredService<Readiness>();
            if (!readiness.IsReady && !context.Request.Path.StartsWithSegments("/healthz"))
            {
                try
                {
                    await readiness.WhenReady.WaitAsync(TimeSpan.FromSeconds(30), context.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return; // the reader has gone
                }
                catch (Exception)
                {
                    // Still importing after the wait, or the import failed: say so instead of a half-empty page.
                    context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    context.Response.Headers.RetryAfter = "5";
                    return;
                }
            }

            await next(context);
        });
}
