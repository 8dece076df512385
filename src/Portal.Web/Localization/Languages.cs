using System.Globalization;

namespace Portal.Web.Localization;

/// <summary>The four languages of the portal; English is the reference.</summary>
public static class Languages
{
    public const string English = "en";

    public static readonly IReadOnlyList<string> All = ["en", "fr", "ru", "be"];

    public static readonly IReadOnlyList<CultureInfo> Cultures = All.Select(CultureInfo.GetCultureInfo).ToArray();

    public static bool IsSupported(string? language) => language is not null && All.Contains(language);

    /// <summary>The language of the current request, as request localization set it.</summary>
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is var code && IsSupported(code)
        ? code
        : English;

    /// <summary>Each language's name in that language, as the switcher shows it.</summary>
    public static string NativeName(string language) => language switch
    {
        "en" => "English",
        "fr" => "Français",
        "ru" => "Русский",
        "be" => "Беларуская",
        _ => language,
    };

    /// <summary>26 March 2025 · 26 mars 2025 · 26 марта 2025 · 26 сакавіка 2025 (no "г." suffix).</summary>
    public static string FormatDate(DateOnly date, string language) =>
        date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo(language));
}
