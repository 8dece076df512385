using System.Text.RegularExpressions;

namespace Portal.Tests.Content;

/// <summary>
/// The typography rules of content/README.md that a machine can check on one line: French spacing around
/// « » ; : ! ?, guillemets in French, Russian and Belarusian, curly quotes and apostrophes in English, one
/// apostrophe per language, an en dash in a range of years or days, and "года" written out in Russian.
/// </summary>
public static partial class Typography
{
    /// <summary>What is wrong with one line of a content file in the given language, each with the form to write.</summary>
    public static IEnumerable<string> ProblemsIn(string line, string language)
    {
        var text = TextOf(line);

        if (language == "fr")
        {
            foreach (Match match in SpaceBeforeHighPunctuation().Matches(text))
            {
                yield return $"an ordinary space before \"{match.Groups[1].Value}\": write a no-break space";
            }

            if (text.Contains("« ", StringComparison.Ordinal))
            {
                yield return "an ordinary space after \"«\": write a no-break space";
            }
        }

        if (language is "fr" or "ru" or "be" && EnglishQuotes().IsMatch(text))
        {
            yield return "quotation marks \" “ ” „: write « »";
        }

        if (language == "en" && text.Contains('"', StringComparison.Ordinal))
        {
            yield return "a straight quotation mark: write “ ”";
        }

        if (language == "en" && text.Contains('\'', StringComparison.Ordinal))
        {
            yield return "a straight apostrophe: write ’";
        }

        if (language is "fr" or "be" && text.Contains('’', StringComparison.Ordinal))
        {
            yield return "a curly apostrophe: write ' as the rest of the content in this language";
        }

        foreach (Match match in RangeWithHyphen().Matches(text))
        {
            yield return $"\"{match.Value}\": write an en dash in a range ({match.Value.Replace('-', '–')})";
        }

        if (language == "ru" && AbbreviatedYear().IsMatch(text))
        {
            yield return "\"г.\" after a year: write \"года\" (or nothing in a date label)";
        }
    }

    /// <summary>A front-matter line's quoted value (its YAML quotes and key are not text), or the line itself.</summary>
    private static string TextOf(string line)
    {
        var value = QuotedYamlValue().Match(line);
        return value.Success ? value.Groups["value"].Value.Replace("\\\"", "\"", StringComparison.Ordinal) : line;
    }

    [GeneratedRegex(@"^\s*(?:-\s+)?[a-z_]+:\s*""(?<value>.*)""\s*$")]
    private static partial Regex QuotedYamlValue();

    [GeneratedRegex(@" ([;:!?»])")]
    private static partial Regex SpaceBeforeHighPunctuation();

    [GeneratedRegex(@"[""“”„]")]
    private static partial Regex EnglishQuotes();

    // Years (2024-2025) or days before a month (16-17 May); not an ISO date such as 2025-02-11.
    [GeneratedRegex(@"(?<![\d-])(?:\d{4}-\d{4}|\d{1,2}-\d{1,2}(?=\s+\p{L}))(?![\d-])")]
    private static partial Regex RangeWithHyphen();

    [GeneratedRegex(@"\d{4}\s*гг?\.")]
    private static partial Regex AbbreviatedYear();
}
