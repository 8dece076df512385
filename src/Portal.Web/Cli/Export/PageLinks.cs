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

    /// <summary>The mirror's link for an href, or null to leave it as it is (another host, a fragment).</summary>
    private string? LinkFor(string href)
    {
        if (MirrorLayout.AddressOf(href) is not { } address)
        {
            return null;
        }

        // A link the live site answers with its 404 page leads to the mirror's, in the same language.
        var file = MirrorLayout.FileOf(address);
        if (!files.Contains(file))
        {
            var language = address.Split('/')[1];
            file = files.Contains($"{language}/{MirrorLayout.NotFound}") ? $"{language}/{MirrorLayout.NotFound}" : MirrorLayout.NotFound;
        }

        var fragment = href.IndexOf('#') is >= 0 and var at ? href[at..] : "";
        return linkTo(file) + fragment;
    }
}
