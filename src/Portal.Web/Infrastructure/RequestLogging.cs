using Serilog;
using Portal.Web.Areas.Admin;
using Serilog.Events;

namespace Portal.Web.Infrastructure;

public static class RequestLogging
{
    /// <summary>
    /// One line per request, an error for a failed one, but <c>/healthz</c>'s 503 is information: "not ready yet" is its normal
    /// answer while the app starts, and a failed start-up is logged once by <see cref="StartupImport"/>.
    /// </summary>
    public static IApplicationBuilder UsePortalRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(options =>
        {
            // This app's logger rather than the static Log.Logger, which names whichever host was built last (tests build many).
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.GetLevel = LevelOf;
        });

    /// <remarks>
    /// A reader's successful read is not written at the default level: the site keeps no trace of who read what, and a line
    /// per page would cost more than serving it from the cache. Refusals, errors and the newsroom are written.
    /// </remarks>
    private static LogEventLevel LevelOf(HttpContext context, double elapsedMilliseconds, Exception? exception) =>
        // A reader who went away mid-answer (a closed tab, a dropped line) is not a fault of the site.
        exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested
            ? LogEventLevel.Information
            : exception is not null || (context.Response.StatusCode >= 500 && !context.Request.Path.StartsWithSegments(ReadinessHealthCheck.Endpoint))
                ? LogEventLevel.Error
                : context.Response.StatusCode < 400 && !context.Request.Path.StartsWithSegments(AdminSetup.PathPrefix)
                    ? LogEventLevel.Debug
                    : LogEventLevel.Information;
}
