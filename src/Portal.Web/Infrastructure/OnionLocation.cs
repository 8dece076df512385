using Microsoft.Extensions.Options;

namespace Portal.Web.Infrastructure;

/// <summary>
/// The <c>Onion-Location</c> header on public pages: Tor Browser offers readers the same page on the onion service, which
/// a filtered connection can still reach.
/// </summary>
public sealed class OnionLocation(RequestDelegate next, IOptions<OnionOptions> options)
{
    private readonly string? onion = string.IsNullOrWhiteSpace(options.Value.OnionAddress) ? null : options.Value.OnionAddress.TrimEnd('/');

    public Task InvokeAsync(HttpContext context)
    {
        if (onion is not null && !context.Request.Path.StartsWithSegments(Areas.Admin.AdminSetup.PathPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var request = context.Request;
            context.Response.Headers["Onion-Location"] = onion + request.PathBase + request.Path + request.QueryString;
        }

        return next(context);
    }
}
