using System.Net;
using System.Text.RegularExpressions;

namespace Portal.Web.Search;

/// <summary>The text a reader sees in a piece of our HTML, for the search index.</summary>
public static partial class PlainText
{
    /// <summary>
    /// Every HTML we store comes from our own Markdig pipeline (raw HTML off, attribute values escaped), so a tag is
    /// always "&lt;…&gt;" with no "&gt;" inside it: removing tags and decoding entities is exact here, and spares
    /// the app an HTML parser.
    /// </summary>
    public static string FromHtml(string html)
    {
        var withoutTags = Tag().Replace(html, " ");
        var decoded = WebUtility.HtmlDecode(withoutTags);
        return Whitespace().Replace(WithoutSnippetMarkers(decoded), " ").Trim();
    }

    /// <summary>The private-use characters the search snippets use as match markers never come from content.</summary>
    public static string WithoutSnippetMarkers(string text) =>
        text.Replace(SnippetMarkers.Open, ' ').Replace(SnippetMarkers.Close, ' ');

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary>What snippet() puts around a match, replaced by &lt;mark&gt; only after the text is HTML-encoded.</summary>
public static class SnippetMarkers
{
    public const char Open = '\uE000';
    public const char Close = '\uE001';
}
