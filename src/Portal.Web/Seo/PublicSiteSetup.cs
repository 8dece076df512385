using Portal.Web.Pages;

namespace Portal.Web.Seo;

public static class PublicSiteSetup
{
    /// <summary>The site's addresses: its paths from the routes, and the one address absolute links start with.</summary>
    public static IServiceCollection AddPublicAddresses(this IServiceCollection services)
    {
        services.AddSingleton<PublicLinks>();
        services.AddSingleton<PublicAddress>();
        return services;
    }

    /// <summary>In production, one warning at start-up when canonical links, feeds and the sitemap fall back to the server's own address.</summary>
    public static WebApplication WarnWithoutPublicAddress(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var address = app.Services.GetRequiredService<PublicAddress>();
            if (app.Environment.IsProduction() && !address.IsConfigured)
            {
                app.Logger.LogWarning(
                    "Portal:PublicBaseUrl is not set: canonical links, feeds and the sitemap use {BaseUrl}; set it to the site's official address",
                    address.BaseUrl);
            }
        });
        return app;
    }
}
