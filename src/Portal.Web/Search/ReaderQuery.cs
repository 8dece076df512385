using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Web.Search;

/// <summary>
/// What a reader typed, turned into an FTS5 query that can only mean "all these words": the text is never FTS syntax,
/// so quotes, *, NEAR(, OR or markup are just characters that separate words.
/// </summary>
/// <param name="Text">What the reader typed, cut to <see cref="MaxLength"/>: shown back to them, never run.</param>
public sealed partial record ReaderQuery(string Text, IReadOnlyList<string> Words, bool WasShortened)
{
    public const int MaxLength = 200;
    public const int MaxWords = 10;

    public bool IsEmpty => Words.Count == 0;

    public static ReaderQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ReaderQuery("", [], false);
        }

        var cut = text.Length > MaxLength;
        // Composed form, so that "e" + combining grave is the same word as "è".
        // Never cut between the two halves of a surrogate pair: a lone half cannot be normalized.
        var end = cut && char.IsHighSurrogate(text[MaxLength - 1]) ? MaxLength - 1 : Math.Min(text.Length, MaxLength);
        var kept = text[..end].Normalize(NormalizationForm.FormC);
        var words = Word().Matches(kept).Select(m => m.Value).ToList();
        return new ReaderQuery(kept.Trim(), words.Take(MaxWords).ToList(), cut || words.Count > MaxWords);
    }

    /// <summary>Each word a quoted string token, matched as a prefix from two letters on ("congr" finds "Congrès"); all required.</summary>
    public string ToFtsMatch() =>
        string.Join(" AND ", Words.Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (w.Length > 1 ? "*" : "")));

    /// <summary>Letters, digits and combining marks of any script; everything else separates words, as the unicode61 tokenizer does.</summary>
    [GeneratedRegex(@"[\p{L}\p{N}\p{M}]+")]
    internal static partial Regex Word();
}
