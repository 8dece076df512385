using System.Net;
using System.Text;
using Microsoft.Extensions.Localization;
using Portal.Web.Localization;
using Portal.Web.Pages;

namespace Portal.Web.Cli.Export;

/// <summary>
/// Turns what the running site answered into the mirror's files: pages with links to files, each language's search page
/// and 404 page, the feeds and sitemap at the mirror's address, the language chooser at the root.
/// </summary>
public sealed class MirrorExport(RunningSite site, ExportSettings settings, ExportProgress progress, TextWriter error)
{
    // An address no page will ever have, for each language's 404 page.
    private const string MissingSlug = "no-such-page-in-the-mirror";

    private readonly PublicLinks links = site.Services.GetRequiredService<PublicLinks>();
    private readonly IStringLocalizer<SharedResource> text = site.Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    /// <returns>The content's last change, the time of the files that have none of their own.</returns>
    public async Task<DateTime> WriteAsync(ExportFolder folder, CancellationToken cancellationToken)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = site.Address,
            Timeout = TimeSpan.FromMinutes(1),
        };
        var crawler = new SiteCrawler(client, site.OfficialBaseUrl, progress);
        var found = await crawler.CrawlAsync(Starts(), cancellationToken);
        var exported = found.Values.Where(r => r.Status == (int)HttpStatusCode.OK).ToList();
        foreach (var failed in found.Values.Where(r => r.Status != (int)HttpStatusCode.OK).OrderBy(r => r.Address, StringComparer.Ordinal))
        {
            await error.WriteLineAsync($"Not exported: {failed.Address} answered {failed.Status}.");
        }

        var addresses = new MirrorAddresses(site.OfficialBaseUrl, settings.MirrorAddress);
        var lastChanges = addresses.LastChanges(exported.Where(r => r.IsXml));
        var latest = lastChanges.Values.DefaultIfEmpty(DateTime.UnixEpoch).Max();
        var files = exported.Select(r => MirrorLayout.FileOf(r.Address)).ToHashSet(StringComparer.Ordinal);
        files.UnionWith([MirrorLayout.Index, MirrorLayout.NotFound, .. Languages.All.Select(l => $"{l}/{MirrorLayout.NotFound}")]);

        foreach (var resource in exported)
        {
            var file = MirrorLayout.FileOf(resource.Address);
            var body = resource.IsHtml ? Page(resource, file, files)
                : resource.IsXml || resource.MediaType == "text/plain" ? addresses.Rewrite(resource.Body)
                : resource.Body;
            folder.Write(file, body, lastChanges.GetValueOrDefault(resource.Address, latest));
        }

        foreach (var language in Languages.All)
        {
            var notFound = await crawler.GetAsync(links.FixedPage(language, MissingSlug), cancellationToken);
            var html = Encoding.UTF8.GetString(notFound.Body);
            folder.Write($"{language}/{MirrorLayout.NotFound}", NotFoundPage(html, $"{language}/{MirrorLayout.NotFound}", files), latest);
            if (language == Languages.English)
            {
                folder.Write(MirrorLayout.NotFound, NotFoundPage(html, MirrorLayout.NotFound, files), latest);
            }
        }

        folder.Write(MirrorLayout.Index, Chooser(found), latest);
        progress.Done($"Requested {found.Count} addresses; exported {exported.Count} of them.");
        return latest;
    }

    /// <summary>Every language's home, search page and feed, the sitemap and robots.txt; the rest is reached by links.</summary>
    private IEnumerable<string> Starts() =>
    [
        .. Languages.All.SelectMany(language => new[] { links.Home(language), links.Search(language), links.Feed(language) }),
        links.Sitemap(),
        "/robots.txt",
    ];

    private byte[] Page(CrawledResource resource, string file, IReadOnlySet<string> files)
    {
        var html = Encoding.UTF8.GetString(resource.Body);
        if (Languages.All.FirstOrDefault(l => links.Search(l) == resource.Address) is { } language)
        {
            html = new SearchOnCopy(text).Page(html, language, site.OfficialBaseUrl + links.Search(language));
        }

        var pageLinks = new PageLinks(site.OfficialBaseUrl, files, target => MirrorLayout.Link(file, target, settings.Offline));
        return Encoding.UTF8.GetBytes(pageLinks.Rewrite(html));
    }

    /// <summary>A host serves 404.html at any missing address, at any depth: its links start from the mirror's root path.</summary>
    private byte[] NotFoundPage(string html, string file, IReadOnlySet<string> files)
    {
        Func<string, string> linkTo = settings.Offline
            ? target => MirrorLayout.Link(file, target, offline: true)
            : target => MirrorLayout.RootedLink(settings.MirrorRootPath, target);
        return Encoding.UTF8.GetBytes(new PageLinks(site.OfficialBaseUrl, files, linkTo).Rewrite(html));
    }

    private byte[] Chooser(IReadOnlyDictionary<string, CrawledResource> found)
    {
        string Link(string target) => MirrorLayout.Link(MirrorLayout.Index, target, settings.Offline);
        var homes = Languages.All.ToDictionary(l => l, l => Link(MirrorLayout.FileOf(links.Home(l))));
        string? stylesheet = null;
        if (found.TryGetValue(links.Home(Languages.English), out var home)
            && HtmlLinks.Stylesheet().Match(Encoding.UTF8.GetString(home.Body)) is { Success: true } match
            && MirrorLayout.AddressOf(WebUtility.HtmlDecode(match.Groups["value"].Value)) is { } address)
        {
            stylesheet = Link(MirrorLayout.FileOf(address));
        }

        return new LanguageChooser(text).Page(homes, stylesheet, site.OfficialBaseUrl + "/");
    }
}
