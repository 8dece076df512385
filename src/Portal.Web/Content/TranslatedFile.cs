using System.Text.RegularExpressions;
using Portal.Web.Localization;

namespace Portal.Web.Content;

/// <summary>How a translation file and its English file are named: <c>&lt;slug&gt;.&lt;lang&gt;.md</c> beside <c>&lt;slug&gt;.en.md</c>.</summary>
public static partial class TranslatedFile
{
    [GeneratedRegex(@"\.(?<lang>[a-z]{2})\.md$")]
    private static partial Regex LanguageSuffix();

    /// <summary>The file's language as its name gives it, or null when the name ends otherwise.</summary>
    public static string? LanguageOf(string path) =>
        LanguageSuffix().Match(path) is { Success: true } match && Languages.IsSupported(match.Groups["lang"].Value)
            ? match.Groups["lang"].Value
            : null;

    public static string EnglishPathOf(string path) => LanguageSuffix().Replace(path, $".{Languages.English}.md");
}
