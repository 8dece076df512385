using Microsoft.AspNetCore.Localization;
using Portal.Web.Pages;

namespace Portal.Web.Localization;

public static class LocalizationSetup
{
    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddSingleton<LanguageSwitcher>();
        services.Configure<RouteOptions>(options => options.ConstraintMap[LanguageRouteConstraint.Name] = typeof(LanguageRouteConstraint));
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Languages.English);
            options.SupportedCultures = [.. Languages.Cultures];
            options.SupportedUICultures = [.. Languages.Cultures];
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            // Content-Language: the page's language, for proxies, mirrors and tools that read headers only.
            options.ApplyCurrentCultureToResponseHeaders = true;
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
        endpoints.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], (HttpContext context, PublicLinks links) =>
        {
            context.Response.Headers.Vary = "Accept-Language, Cookie";
            return Results.Redirect(links.Home(Languages.Current));
        });
        return endpoints;
    }
}
