using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Portal.Web.Cli.Export;

/// <summary>
/// Requests the site's pages over HTTP from a few starting addresses and follows every link to the site in them (pages,
/// stylesheets, pager links, sitemap entries), so that the mirror holds whatever the pages link to, however it is routed.
/// </summary>
public sealed partial class SiteCrawler(HttpClient client, string officialBaseUrl, ExportProgress progress)
{
    private const int ParallelRequests = 4;

    private readonly Dictionary<string, CrawledResource> found = new(StringComparer.Ordinal);
    private readonly Queue<string> waiting = new();
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    /// <summary>Every resource reached from <paramref name="starts"/>, by address; failures (not 200) are kept with their status.</summary>
    public async Task<IReadOnlyDictionary<string, CrawledResource>> CrawlAsync(IEnumerable<string> starts, CancellationToken cancellationToken)
    {
        foreach (var start in starts)
        {
            Enqueue(start);
        }

        while (waiting.Count > 0)
        {
            var batch = new List<string>();
            while (waiting.Count > 0 && batch.Count < ParallelRequests)
            {
                batch.Add(waiting.Dequeue());
            }

            foreach (var resource in await Task.WhenAll(batch.Select(address => GetAsync(address, cancellationToken))))
            {
                found[resource.Address] = resource;
                progress.Report(found.Count, seen.Count);
                foreach (var link in Links(resource))
                {
                    Enqueue(link);
                }
            }
        }

        return found;
    }

    /// <summary>One address, requested without following redirects: what a link leads to must be a page of its own.</summary>
    public async Task<CrawledResource> GetAsync(string address, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(address.TrimStart('/'), cancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var mediaType = response.Content.Headers.ContentType?.MediaType ?? "application/octet-stream";
        return new CrawledResource(address, (int)response.StatusCode, mediaType, body);
    }

    private void Enqueue(string address)
    {
        if (seen.Add(address))
        {
            waiting.Enqueue(address);
        }
    }

    private IEnumerable<string> Links(CrawledResource resource)
    {
        if (resource.Status != (int)HttpStatusCode.OK)
        {
            return [];
        }

        var text = Encoding.UTF8.GetString(resource.Body);
        var hrefs = resource.IsHtml
            ? HtmlLinks.Attributes().Matches(text).Select(m => WebUtility.HtmlDecode(m.Groups["value"].Value))
            : resource.IsXml
                ? SitemapLocations().Matches(text).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value))
                    .Where(url => url.StartsWith(officialBaseUrl + "/", StringComparison.Ordinal))
                    .Select(url => url[officialBaseUrl.Length..])
                : [];
        return hrefs.Select(MirrorLayout.AddressOf).OfType<string>();
    }

    [GeneratedRegex("<loc>(?<url>[^<]*)</loc>")]
    private static partial Regex SitemapLocations();
}
