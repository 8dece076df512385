using System.Text.RegularExpressions;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Portal.Tests.Content;

/// <summary>content/terms.yaml: one form per language for each name and notion, and the variants to avoid.</summary>
public sealed class Termbase
{
    public List<Term> Terms { get; set; } = [];

    public static Termbase Load(string path)
    {
        var yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();
        return yaml.Deserialize<Termbase>(File.ReadAllText(path));
    }
}

public sealed class Term
{
    public string Id { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? Note { get; set; }
    public bool MatchCase { get; set; }

    /// <summary>Where a page's English file names this term, each of its translations must name it too.</summary>
    public bool FollowsEnglish { get; set; }
    public TermForms? En { get; set; }
    public TermForms? Fr { get; set; }
    public TermForms? Ru { get; set; }
    public TermForms? Be { get; set; }

    public TermForms? In(string language) => language switch
    {
        "en" => En,
        "fr" => Fr,
        "ru" => Ru,
        "be" => Be,
        _ => null,
    };

    /// <summary>
    /// A variant as a whole-word pattern; a trailing "*" on a word stands for any ending. The case is
    /// exact but for the variant's first letter (it may open a sentence), unless the term sets match_case.
    /// </summary>
    public Regex PatternOf(string variant)
    {
        var body = string.Join(@"\s+", variant.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.EndsWith('*') ? Regex.Escape(word[..^1]) + @"\w*" : Regex.Escape(word)));
        if (!MatchCase && body.Length > 0 && char.IsLetter(body[0]))
        {
            body = $"[{char.ToLowerInvariant(body[0])}{char.ToUpperInvariant(body[0])}]{body[1..]}";
        }

        return new Regex($@"(?<![\w-]){body}(?![\w-])", RegexOptions.CultureInvariant);
    }

    /// <summary>Whether a text in the given language names this term: its <c>look_for</c> pattern, or else its preferred form.</summary>
    public bool IsNamedIn(string text, string language)
    {
        var forms = In(language);
        return forms is not null && PatternOf(forms.LookFor ?? forms.Use).IsMatch(text);
    }
}

public sealed class TermForms
{
    public string Use { get; set; } = "";
    public List<string> Avoid { get; set; } = [];

    /// <summary>
    /// How to recognise the term in a text when <c>use</c> itself is too exact (an inflected name, a short form):
    /// the same syntax as a variant, "*" for any ending ("Тихановск*").
    /// </summary>
    public string? LookFor { get; set; }
}
