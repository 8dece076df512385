using System.Xml;

namespace Portal.Web.Content;

/// <summary>
/// The characters XML 1.0 cannot carry (control characters other than tab, line feed and carriage return; U+FFFE, U+FFFF;
/// lone surrogates). A text holding one would break the news feed, so it is refused where it comes in and dropped where XML goes out.
/// </summary>
public static class XmlCharacters
{
    /// <summary>The first character of <paramref name="text"/> XML cannot carry, with where it is; null when there is none.</summary>
    public static ForbiddenCharacter? FindForbidden(string text)
    {
        var (line, lineStart) = (1, 0);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsSurrogatePairAt(text, i))
            {
                i++;
                continue;
            }

            if (!XmlConvert.IsXmlChar(text[i]))
            {
                return new ForbiddenCharacter($"U+{(int)text[i]:X4}", line, i - lineStart + 1);
            }

            if (text[i] == '\n')
            {
                (line, lineStart) = (line + 1, i + 1);
            }
        }

        return null;
    }

    /// <summary><paramref name="text"/> without the characters XML cannot carry.</summary>
    public static string WithoutForbidden(string text)
    {
        if (FindForbidden(text) is null)
        {
            return text;
        }

        var kept = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsSurrogatePairAt(text, i))
            {
                kept.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                kept.Append(text[i]);
            }
        }

        return kept.ToString();
    }

    private static bool IsSurrogatePairAt(string text, int i) =>
        i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]);
}

/// <summary>A character XML cannot carry, by its code (<c>U+0008</c>) and its place in the text (from 1).</summary>
public sealed record ForbiddenCharacter(string Code, int Line, int Column)
{
    public override string ToString() => $"{Code} at line {Line}, column {Column}";
}
