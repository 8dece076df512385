using Microsoft.AspNetCore.Diagnostics;
using Portal.Web.Areas.Admin;

namespace Portal.Web.Infrastructure;

/// <summary>
/// The public site is read with GET and HEAD only, the newsroom also takes POST: anything else is 405 with <c>Allow</c>
/// (OPTIONS: 204 with <c>Allow</c>), before a page could run without a handler for it.
/// </summary>
public static class AllowedMethods
{
    private const string Public = "GET, HEAD";
    private const string Newsroom = "GET, HEAD, POST";

    /// <summary>After the status code pages, so that a 405 gets the error page in the reader's language.</summary>
    public static IApplicationBuilder UseAllowedMethods(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var method = context.Request.Method;
            // An error page shown for a newsroom POST is that POST re-executed (status code pages, the exception handler).
            if (HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || context.Features.Get<IStatusCodeReExecuteFeature>() is not null
                || context.Features.Get<IExceptionHandlerFeature>() is not null)
            {
                return next(context);
            }

            var inNewsroom = context.Request.Path.StartsWithSegments(AdminSetup.PathPrefix);
            if (inNewsroom && HttpMethods.IsPost(method))
            {
                return next(context);
            }

            // OPTIONS asks what is allowed: the answer, not an error.
            context.Response.StatusCode = HttpMethods.IsOptions(method) ? StatusCodes.Status204NoContent : StatusCodes.Status405MethodNotAllowed;
            context.Response.Headers.Allow = inNewsroom ? Newsroom : Public;
            return Task.CompletedTask;
        });
}
