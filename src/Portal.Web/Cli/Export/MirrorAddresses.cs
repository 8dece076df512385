using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Portal.Web.Cli.Export;

/// <summary>
/// The feeds', sitemap's and robots.txt's absolute addresses: the official ones moved to the mirror's address when one is
/// given (a sitemap may only list its own host's pages); and each page's last change, as the sitemap tells it.
/// </summary>
public sealed class MirrorAddresses(string officialBaseUrl, string? mirrorBaseUrl)
{
    public byte[] Rewrite(byte[] body)
    {
        if (mirrorBaseUrl is null)
        {
            return body;
        }

        var text = Encoding.UTF8.GetString(body);
        var moved = Regex.Replace(text, Regex.Escape(officialBaseUrl) + "(?<path>/[^\\s<>\"]*)", official =>
            MirrorLayout.AddressOf(WebUtility.HtmlDecode(official.Groups["path"].Value)) is { } address
                ? MirrorLayout.RootedLink(mirrorBaseUrl + "/", MirrorLayout.FileOf(address))
                : official.Value);
        return Encoding.UTF8.GetBytes(moved);
    }

    /// <summary>The last change of each page a sitemap lists (<c>url/loc</c>, <c>url/lastmod</c>), by the page's address.</summary>
    public Dictionary<string, DateTime> LastChanges(IEnumerable<CrawledResource> sitemaps)
    {
        var changes = new Dictionary<string, DateTime>(StringComparer.Ordinal);
        foreach (var sitemap in sitemaps)
        {
            XDocument document;
            try
            {
                document = XDocument.Parse(Encoding.UTF8.GetString(sitemap.Body));
            }
            catch (System.Xml.XmlException)
            {
                continue;
            }

            foreach (var url in document.Descendants().Where(e => e.Name.LocalName == "url"))
            {
                var location = url.Elements().FirstOrDefault(e => e.Name.LocalName == "loc")?.Value ?? "";
                var lastChange = url.Elements().FirstOrDefault(e => e.Name.LocalName == "lastmod")?.Value;
                if (location.StartsWith(officialBaseUrl + "/", StringComparison.Ordinal)
                    && MirrorLayout.AddressOf(location[officialBaseUrl.Length..]) is { } address
                    && DateTime.TryParse(lastChange, CultureInfo.InvariantCulture,
                        DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time))
                {
                    changes[address] = time;
                }
            }
        }

        return changes;
    }
}
