namespace Portal.Web.Infrastructure;

/// <summary>Holds every request but <c>/healthz</c> until the database holds a whole site (<see cref="Readiness.WhenServing"/>).</summary>
public sealed class ReadinessGate(RequestDelegate next, Readiness readiness)
{
    private static readonly TimeSpan LongestWait = TimeSpan.FromSeconds(30);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!readiness.IsServing && !context.Request.Path.StartsWithSegments(ReadinessHealthCheck.Endpoint))
        {
            try
            {
                await readiness.WhenServing.WaitAsync(LongestWait, context.RequestAborted);
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
    }
}
