using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Portal.Web.Areas.Admin;

namespace Portal.Web.Infrastructure;

/// <summary>Brotli or gzip for pages, feeds and the sitemap: a long page travels in a fifth of its size on a slow line.</summary>
public static class Compression
{
    public static IServiceCollection AddPortalCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // Public pages hold no secret, so compressing them over HTTPS is safe; the newsroom's pages (with their
            // antiforgery tokens) are left out below, against BREACH.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Append("application/atom+xml");
        });
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Fastest);
        return services;
    }

    public static IApplicationBuilder UsePortalCompression(this IApplicationBuilder app) =>
        app.UseWhen(context => !context.Request.Path.StartsWithSegments(AdminSetup.PathPrefix), branch => branch.UseResponseCompression());
}
