using System.Net;
using System.Text.RegularExpressions;
using Portal.Web.Search;

namespace Portal.Web.Pages;

/// <summary>One entry of a page's table of contents: a second-level heading and the id it is reached by.</summary>
public sealed record ContentsEntry(string Id, string Text);

/// <summary>
/// The in-page table of contents of a long page, from the <c>h2</c> headings of its rendered body (Markdig gives each an id
/// when it is imported); the page is then kept in the output cache, so this runs once per change, not per reader.
/// </summary>
public static partial class TableOfContents
{
    /// <summary>Fewer headings than this need no table.</summary>
    public const int MinimumEntries = 2;

    public static IReadOnlyList<ContentsEntry> Headings(string bodyHtml) =>
        SecondLevelHeading().Matches(bodyHtml)
            .Select(match => new ContentsEntry(
                WebUtility.HtmlDecode(match.Groups["id"].Value),
                PlainText.FromHtml(match.Groups["text"].Value)))
            .Where(entry => entry.Text.Length > 0)
            .ToList();

    [GeneratedRegex("""<h2 id="(?<id>[^"]+)">(?<text>.*?)</h2>""", RegexOptions.Singleline)]
    private static partial Regex SecondLevelHeading();
}
