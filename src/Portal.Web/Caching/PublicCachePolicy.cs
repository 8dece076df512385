using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Portal.Web.Pages;

namespace Portal.Web.Caching;

/// <summary>
/// A public response is the same bytes for every reader: kept once per address, page number, search and compression, whatever
/// Host or other query a client sends, and never when it sets a cookie or is not a 200.
/// </summary>
public sealed class PublicCachePolicy(IOptions<HttpCacheOptions> options) : IOutputCachePolicy
{
    public const string Name = "public";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = options.Value.OutputCache && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method));
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.Value.OutputCacheSeconds);
        context.CacheVaryByRules.QueryKeys = new StringValues([PublicLinks.SearchQuery, PublicLinks.PageQuery]);
        context.CacheVaryByRules.HeaderNames = HeaderNames.AcceptEncoding;
        context.CacheVaryByRules.VaryByHost = false;
        foreach (var tag in CacheTags.OfPage(context.HttpContext.GetRouteData().Values))
        {
            context.Tags.Add(tag);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
