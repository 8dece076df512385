namespace Portal.Web.Localization;

/// <summary>One link of the language switcher: the same page in another language.</summary>
public sealed record LanguageLink(string Language, string NativeName, string Href, bool IsCurrent);

public static class LanguageSwitcher
{
    /// <summary>
    /// Slugs are the same in every language, so the same page in another language is the same path with
    /// another first segment. A path without a language leads to each language's home page.
    /// </summary>
    public static IReadOnlyList<LanguageLink> Links(string pathAndQuery, string currentLanguage)
    {
        var rest = Languages.IsSupported(PathLanguageCultureProvider.FirstSegment(pathAndQuery)) && pathAndQuery.Length > 3
            ? pathAndQuery[3..]
            : "/";

        return Languages.All
            .Select(language => new LanguageLink(language, Languages.NativeName(language), "/" + language + rest,
                language == currentLanguage))
            .ToArray();
    }
}
