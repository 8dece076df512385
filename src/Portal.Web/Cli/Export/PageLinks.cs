using System.Net;

namespace Portal.Web.Cli.Export;

/// <summary>
/// Rewrites the links of one exported page to the mirror's files: root paths of the site (<c>/en/news?page=2</c>) and the
/// feed's link become links to files of the mirror; canonical and alternate-language links keep the official address.
/// </summary>
public sealed class PageLinks(string officialBaseUrl, IReadOnlySet<string> files, Func<string, string> linkTo)
{
    public string Rewrite(string html)
    {
        var withFeed = HtmlLinks.FeedLink().Replace(html, tag => tag.Value.Replace(
            $"href=\"{officialBaseUrl}/", "href=\"/", StringComparison.Ordinal));
        return HtmlLinks.Attributes().Replace(withFeed, attribute => LinkFor(WebUtility.HtmlDecode(attribute.Value)) is { } link
            ? HtmlLinks.Encode(link)
            : attribute.Value);
    }

    /// <summary>The mirror's link for an href, or null to leave it as it is (another host, a fragment, a file not in the mirror).</summary>
    private string? LinkFor(string href)
    {
        if (MirrorLayout.AddressOf(href) is not { } address || MirrorLayout.FileOf(address) is var file && !files.Contains(file))
        {
            return null;
        }

        var fragment = href.IndexOf('#') is >= 0 and var at ? href[at..] : "";
        return linkTo(file) + fragment;
    }
}
