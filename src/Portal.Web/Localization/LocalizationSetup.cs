using Microsoft.AspNetCore.Localization;
using Portal.Web.Pages;

namespace Portal.Web.Localization;

public static class LocalizationSetup
{
    /// <summary>Where the interface strings are; the newsroom's commands, which have no localization of their own, need it too.</summary>
    public const string ResourcesPath = "Resources";

    public static IServiceCollection AddPortalLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = ResourcesPath);
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
            // The path decides; the browser's languages only where the path has none (/, the newsroom). No cookie: a public
            // page is the same bytes for every reader (cacheable), and a reader's device keeps no trace of the languages read.
            options.RequestCultureProviders =
            [
                new PathLanguageCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        return services;
    }

    /// <summary><c>/</c>: to the browser's best match among the four languages, else English.</summary>
    public static IEndpointRouteBuilder MapLanguageRedirect(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], (HttpContext context, PublicLinks links) =>
        {
            context.Response.Headers.Vary = "Accept-Language";
            return Results.Redirect(links.Home(Languages.Current));
        });
        return endpoints;
    }
}
