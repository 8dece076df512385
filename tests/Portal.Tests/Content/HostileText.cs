namespace Portal.Tests.Content;

/// <summary>Texts a hostile review sent to the importer and the editor, built from a short name so that test names stay readable.</summary>
public static class HostileText
{
    /// <summary>Markdown nested deeper than Markdig's limit, each under the editor's 100 KB.</summary>
    public static string DeepMarkdown(string nesting) => nesting switch
    {
        "quotes" => new string('>', 200) + " a quote",
        "brackets" => new string('[', 1000) + "a link",
        "lists" => string.Concat(Enumerable.Repeat("- ", 600)) + "an item",
        "emphasis" => string.Concat(Enumerable.Repeat("*a ", 33_000)),
        _ => throw new ArgumentOutOfRangeException(nameof(nesting), nesting, null),
    };

    public static readonly string[] Nestings = ["quotes", "brackets", "lists", "emphasis"];

    /// <summary>Characters XML cannot carry, so neither can the news feed, by their code ("0008").</summary>
    public static readonly string[] XmlForbidden = ["0001", "000B", "001F", "FFFE", "0008"];

    public static char Character(string code) => (char)Convert.ToInt32(code, 16);
}
