using System.Text.RegularExpressions;

namespace Portal.Web.Cli.Export;

/// <summary>The attributes of the site's HTML that lead somewhere: links, stylesheets, images, forms.</summary>
public static partial class HtmlLinks
{
    // The pages are the site's own Razor output: attributes always double-quoted, values HTML-encoded.
    [GeneratedRegex("""(?<=\s(?:href|src|action)=")(?<value>[^"]*)(?=")""")]
    public static partial Regex Attributes();

    [GeneratedRegex("""<link [^>]*type="application/atom\+xml"[^>]*>""")]
    public static partial Regex FeedLink();

    [GeneratedRegex("""<main(?<attributes>[^>]*)>.*?</main>""", RegexOptions.Singleline)]
    public static partial Regex MainContent();

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"(?<value>[^\"]*)\"")]
    public static partial Regex Stylesheet();

    /// <summary>Text or an attribute value as HTML, with letters of every script left as they are.</summary>
    public static string Encode(string value) => value.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);
}
