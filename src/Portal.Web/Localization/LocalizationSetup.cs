using Microsoft.AspNetCore.Localization;

namespace Portal.Web.Localization;

public static class LocalizationSetup
{
    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.Configure<RouteOptions>(options => options.ConstraintMap[LanguageRouteConstraint.Name] = typeof(LanguageRouteConstraint));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Languages.English);
            options.SupportedCultures = [.. Languages.Cultures];
            options.SupportedUICultures = [.. Languages.Cultures];
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // The path decides; the saved choice and the browser's languages only where the path has none.
            options.RequestCultureProviders =
            [
                new PathLanguageCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary><c>/</c>: to the saved language, else the browser's best match, else English.</summary>
    public static IEndpointRouteBuilder MapLanguageRedirect(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext context) =>
        {
            context.Response.Headers.Vary = "Accept-Language, Cookie";
            return Results.Redirect($"/{Languages.Current}/");
        });
        return endpoints;
    }
}
