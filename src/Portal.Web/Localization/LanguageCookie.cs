using Microsoft.AspNetCore.Localization;

namespace Portal.Web.Localization;

/// <summary>
/// Remembers the language a reader last read in, in the standard culture cookie, so that <c>/</c>
/// brings them back to it. Set only when it changes, so that cached pages stay cookie-free.
/// </summary>
public static class LanguageCookie
{
    public static string Name => CookieRequestCultureProvider.DefaultCookieName;

    public static string? Read(HttpRequest request)
    {
        var value = request.Cookies[Name];
        var parsed = value is null ? null : CookieRequestCultureProvider.ParseCookieValue(value);
        var language = parsed?.UICultures.FirstOrDefault().Value;
        return Languages.IsSupported(language) ? language : null;
    }

    public static void Remember(HttpContext context, string language)
    {
        if (Read(context.Request) == language)
        {
            return;
        }

        context.Response.Cookies.Append(Name, CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language)),
            new CookieOptions
            {
                MaxAge = TimeSpan.FromDays(365),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
            });
    }
}
