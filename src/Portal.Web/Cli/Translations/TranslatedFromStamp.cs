using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Web.Cli.Translations;

/// <summary>The <c>translated-from:</c> line of a translation file's front matter: read, and written as its last line.</summary>
public static partial class TranslatedFromStamp
{
    public const string Key = "translated-from";

    [GeneratedRegex(@"^translated-from:\s*(?<hash>\S*)\s*$")]
    private static partial Regex StampLine();

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex BlobHash();

    public static bool IsBlobHash(string value) => BlobHash().IsMatch(value);

    /// <summary>The hash the file names, or null when its front matter has no <c>translated-from:</c>.</summary>
    public static string? Read(string text)
    {
        var lines = text.TrimStart('\uFEFF').Split('\n');
        var end = ClosingLine(lines);
        for (var i = 1; i < end; i++)
        {
            if (StampLine().Match(lines[i].TrimEnd('\r')) is { Success: true } match)
            {
                return match.Groups["hash"].Value;
            }
        }

        return null;
    }

    /// <summary>The file's text with <c>translated-from: HASH</c> as the front matter's last line, any earlier one removed.</summary>
    /// <exception cref="CommandException">The file has no front matter block.</exception>
    public static string Write(string text, string hash)
    {
        var lines = text.Split('\n').ToList();
        var end = ClosingLine(lines);
        var lineEnd = lines[0].EndsWith('\r') ? "\r" : "";
        for (var i = end - 1; i > 0; i--)
        {
            if (StampLine().IsMatch(lines[i].TrimEnd('\r')))
            {
                lines.RemoveAt(i);
                end--;
            }
        }

        lines.Insert(end, $"{Key}: {hash}{lineEnd}");
        return string.Join('\n', lines);
    }

    /// <summary>The index of the line closing the front matter.</summary>
    private static int ClosingLine(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0 || lines[0].TrimStart('\uFEFF').TrimEnd() != "---")
        {
            throw new CommandException("the file does not start with a front matter block (---)");
        }

        for (var i = 1; i < lines.Count; i++)
        {
            if (lines[i].TrimEnd() == "---")
            {
                return i;
            }
        }

        throw new CommandException("the front matter block is not closed (---)");
    }

    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}
