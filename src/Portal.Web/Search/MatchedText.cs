using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Web.Search;

/// <summary>
/// A result's title and snippet with the reader's words marked (<see cref="SnippetMarkers"/>), made from the text the index was
/// given, as FTS5's highlight() and snippet() did when the index kept a copy of it. A word matches as the index matches it:
/// the same word rule, case and Latin accents folded (unicode61 remove_diacritics 2), each query word a prefix from two letters on.
/// </summary>
public static class MatchedText
{
    /// <summary>The whole text, every matching word marked.</summary>
    public static string Highlighted(string text, ReaderQuery query)
    {
        var words = WordsOf(text);
        return Mark(text, words, 0, words.Count, Matches(words, query));
    }

    /// <summary>
    /// The stretch of <paramref name="length"/> words with the most of the reader's different words (then the most matches), a
    /// little context before the first, its matches marked, "…" where the text goes on; the text's start when nothing matches.
    /// </summary>
    public static string Snippet(string text, ReaderQuery query, int length)
    {
        var words = WordsOf(text);
        var matches = Matches(words, query);
        var hits = Enumerable.Range(0, words.Count).Where(i => matches[i] >= 0).ToList();
        var (start, best) = (0, (Distinct: -1, All: -1));
        foreach (var hit in hits)
        {
            var inWindow = hits.Where(h => h >= hit && h < hit + length).ToList();
            var score = (inWindow.Select(h => matches[h]).Distinct().Count(), inWindow.Count);
            if (score.CompareTo(best) > 0)
            {
                // Centred on its matches, as far as the text allows.
                var spare = length - (inWindow[^1] - hit + 1);
                (start, best) = (Math.Max(0, Math.Min(hit - spare / 2, words.Count - length)), score);
            }
        }

        var end = Math.Min(words.Count, start + length);
        var marked = Mark(text, words, start, end, matches);
        return (start > 0 ? "…" : "") + marked + (end < words.Count ? "…" : "");
    }

    private static List<Match> WordsOf(string text) => ReaderQuery.Word().Matches(text).ToList();

    /// <summary>For each word of the text, the index of the reader's word it matches, or -1.</summary>
    private static int[] Matches(List<Match> words, ReaderQuery query)
    {
        var wanted = query.Words.Select(Fold).ToList();
        return words.Select(word =>
        {
            var folded = Fold(word.Value);
            return wanted.FindIndex(w => w.Length > 1 ? folded.StartsWith(w, StringComparison.Ordinal) : folded == w);
        }).ToArray();
    }

    /// <summary>The text from word <paramref name="start"/> to before word <paramref name="end"/>, matches marked.</summary>
    private static string Mark(string text, List<Match> words, int start, int end, int[] matches)
    {
        if (start >= end)
        {
            return text.Trim();
        }

        var marked = new StringBuilder();
        var from = start == 0 ? 0 : words[start].Index;
        for (var i = start; i < end; i++)
        {
            var word = words[i];
            marked.Append(text, from, word.Index - from);
            if (matches[i] >= 0)
            {
                marked.Append(SnippetMarkers.Open).Append(word.Value).Append(SnippetMarkers.Close);
            }
            else
            {
                marked.Append(word.Value);
            }

            from = word.Index + word.Length;
        }

        if (end == words.Count)
        {
            marked.Append(text, from, text.Length - from);
        }

        return marked.ToString().Trim();
    }

    /// <summary>Lower case, and Latin letters without their accents: "Congrès" and "CONGRES" are one word, "й" stays "й".</summary>
    private static string Fold(string word)
    {
        var folded = new StringBuilder(word.Length);
        var baseIsLatin = false;
        foreach (var c in word.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                if (!baseIsLatin)
                {
                    folded.Append(c);
                }

                continue;
            }

            baseIsLatin = c is < '\u0250' or (>= '\u1E00' and <= '\u1EFF');
            folded.Append(c);
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }
}
