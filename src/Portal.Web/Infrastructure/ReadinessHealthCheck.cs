using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Portal.Web.Infrastructure;

/// <summary><c>/healthz</c>: healthy once the start-up import is done.</summary>
public sealed class ReadinessHealthCheck(Readiness readiness) : IHealthCheck
{
    public const string Name = "content";
    public const string Endpoint = "/healthz";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(readiness.IsReady
            ? HealthCheckResult.Healthy("database migrated, content imported")
            : HealthCheckResult.Unhealthy(readiness.WhenReady.IsFaulted ? "start-up import failed" : "importing content"));
}
