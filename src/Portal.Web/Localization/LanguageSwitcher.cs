using Portal.Web.Pages;

namespace Portal.Web.Localization;

/// <summary>One link of the language switcher: the same page in another language.</summary>
public sealed record LanguageLink(string Language, string NativeName, string Href, bool IsCurrent);

/// <summary>The language switcher's links: the page being read in each language, with the same query (a search stays a search).</summary>
public sealed class LanguageSwitcher(PublicLinks links)
{
    public IReadOnlyList<LanguageLink> Links(HttpContext context)
    {
        var route = context.GetRouteData().Values;
        var current = Languages.Current;
        return Languages.All
            .Select(language => new LanguageLink(language, Languages.NativeName(language),
                links.InLanguage(route, language) + context.Request.QueryString, language == current))
            .ToArray();
    }
}
