using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;

namespace Portal.Web.Localization;

/// <summary>
/// Takes the language from the first segment of the path (<c>/fr/news</c>), also when an error page is
/// re-executed for that path, so that a 404 under <c>/fr/</c> is in French. Runs before the cookie and
/// Accept-Language providers, which decide for paths without a language.
/// </summary>
public sealed class PathLanguageCultureProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        var path = httpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath ?? httpContext.Request.Path.Value;
        var language = FirstSegment(path);
        return Task.FromResult(Languages.IsSupported(language) ? new ProviderCultureResult(language) : null);
    }

    private static string? FirstSegment(string? path)
    {
        if (string.IsNullOrEmpty(path) || path[0] != '/')
        {
            return null;
        }

        var end = path.IndexOf('/', 1);
        return end < 0 ? path[1..] : path[1..end];
    }
}
