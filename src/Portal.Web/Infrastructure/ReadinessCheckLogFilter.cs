using Serilog.Core;
using Serilog.Events;

namespace Portal.Web.Infrastructure;

/// <summary>
/// Leaves out the health check service's line for <see cref="ReadinessHealthCheck"/>: it is an error on every poll until the
/// site is ready, while the start-up's progress and a failed start-up are logged once by <see cref="StartupImport"/>.
/// </summary>
public sealed class ReadinessCheckLogFilter : ILogEventFilter
{
    private const string HealthCheckService = "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService";

    public bool IsEnabled(LogEvent logEvent) => !(Is(logEvent, "SourceContext", HealthCheckService)
        && Is(logEvent, "HealthCheckName", ReadinessHealthCheck.Name));

    private static bool Is(LogEvent logEvent, string property, string value) =>
        logEvent.Properties.TryGetValue(property, out var actual) && actual is ScalarValue { Value: string text } && text == value;
}
