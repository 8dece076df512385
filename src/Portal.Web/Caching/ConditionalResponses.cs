using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.Headers;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Portal.Web.Caching;

/// <summary>
/// For readers on slow lines, proxies and mirrors: every public response carries an <c>ETag</c> (of its bytes),
/// <c>Last-Modified</c> (the content's last change) and <c>Cache-Control: public</c>, and a conditional request for an unchanged
/// page gets <c>304 Not Modified</c> with no body. The output cache keeps these headers and answers 304 itself on a hit.
/// </summary>
public sealed class ConditionalResponses(RequestDelegate next, PublicCache cache, IOptions<HttpCacheOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) || !IsPublic(context.GetEndpoint()))
        {
            await next(context);
            return;
        }

        var response = context.Response;
        var body = response.Body;
        using var buffer = new MemoryStream();
        response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = body;
        }

        if (response.StatusCode == StatusCodes.Status200OK)
        {
            var etag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length))[..12])}\"", isWeak: true);
            var headers = response.GetTypedHeaders();
            headers.ETag = etag;
            headers.LastModified = cache.LastChange;
            response.Headers.CacheControl =
                $"public, max-age={options.Value.MaxAgeSeconds}, stale-while-revalidate={options.Value.StaleWhileRevalidateSeconds}";
            // A proxy must not hand a Brotli page to a reader whose browser asked for none.
            if (!response.Headers.Vary.Any(value => value?.Contains(HeaderNames.AcceptEncoding, StringComparison.OrdinalIgnoreCase) == true))
            {
                response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptEncoding);
            }
            if (IsNotModified(request.GetTypedHeaders(), etag, cache.LastChange))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                return;
            }
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(body, context.RequestAborted);
    }

    /// <summary>A page or endpoint with an output cache policy: the public site (the newsroom has none).</summary>
    private static bool IsPublic(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<IOutputCachePolicy>() is not null || endpoint?.Metadata.GetMetadata<OutputCacheAttribute>() is not null;

    // If-None-Match wins over If-Modified-Since (RFC 9110, 13.1.3); ETags compare weakly.
    private static bool IsNotModified(RequestHeaders request, EntityTagHeaderValue etag, DateTimeOffset lastChange) =>
        request.IfNoneMatch is { Count: > 0 } ifNoneMatch
            ? ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false))
            : request.IfModifiedSince is { } since && lastChange <= since;
}
