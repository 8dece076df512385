using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Feeds;

/// <summary>One public address, the same in every language after the language segment ("/", "/news/slug"), and when each language's text last changed.</summary>
public sealed record SitemapEntry(string Path, IReadOnlyDictionary<string, DateTime> LastModified);

/// <summary>/sitemap.xml: every public page in every language, each with its language alternates.</summary>
public static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static async Task<byte[]> WriteAsync(PortalDb db, string baseUrl, CancellationToken cancellationToken)
    {
        var entries = await EntriesAsync(db, cancellationToken);
        var urls = entries.SelectMany(entry => Languages.All.Select(language => new XElement(Ns + "url",
            new XElement(Ns + "loc", $"{baseUrl}/{language}{entry.Path}"),
            new XElement(Ns + "lastmod", entry.LastModified[language].ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            Languages.All.Select(other => Alternate(other, $"{baseUrl}/{other}{entry.Path}")),
            Alternate("x-default", $"{baseUrl}/{Languages.English}{entry.Path}"))));
        var document = new XDocument(new XElement(Ns + "urlset", new XAttribute(XNamespace.Xmlns + "xhtml", Xhtml), urls));

        using var stream = new MemoryStream();
        await using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = true }))
        {
            await document.SaveAsync(writer, cancellationToken);
        }

        return stream.ToArray();
    }

    private static XElement Alternate(string hreflang, string href) =>
        new(Xhtml + "link", new XAttribute("rel", "alternate"), new XAttribute("hreflang", hreflang), new XAttribute("href", href));

    /// <summary>The home page, each fixed page, the news list and each published item, the institutions list and each institution.</summary>
    public static async Task<List<SitemapEntry>> EntriesAsync(PortalDb db, CancellationToken cancellationToken)
    {
        var pages = await db.Pages.AsNoTracking().OrderBy(p => p.Slug)
            .Select(p => new { p.Slug, Texts = p.Translations.Select(t => new { t.Language, t.UpdatedAt }).ToList() })
            .ToListAsync(cancellationToken);
        var institutions = await db.Institutions.AsNoTracking().OrderBy(i => i.SortOrder)
            .Select(i => new { i.Slug, Texts = i.Translations.Select(t => new { t.Language, t.UpdatedAt }).ToList() })
            .ToListAsync(cancellationToken);
        var news = await db.News.AsNoTracking().Where(n => n.Status == NewsStatus.Published).OrderByDescending(n => n.Date)
            .Select(n => new { n.Slug, n.UpdatedAt, Texts = n.Translations.Select(t => new { t.Language, t.UpdatedAt }).ToList() })
            .ToListAsync(cancellationToken);

        var pageEntries = pages
            .Select(p => Entry(p.Slug == "home" ? "/" : "/" + p.Slug, p.Texts.Select(t => (t.Language, t.UpdatedAt)), DateTime.MinValue))
            .OfType<SitemapEntry>().ToList();
        var institutionEntries = institutions
            .Select(i => Entry("/institutions/" + i.Slug, i.Texts.Select(t => (t.Language, t.UpdatedAt)), DateTime.MinValue))
            .OfType<SitemapEntry>().ToList();
        var newsEntries = news
            .Select(n => Entry("/news/" + n.Slug, n.Texts.Select(t => (t.Language, t.UpdatedAt)), n.UpdatedAt))
            .OfType<SitemapEntry>().ToList();

        var home = pageEntries.FirstOrDefault(e => e.Path == "/");
        List<SitemapEntry> entries =
        [
            .. home is null ? [] : new[] { Latest(home.Path, [home, .. newsEntries, .. institutionEntries]) },
            .. pageEntries.Where(e => e != home),
            Latest("/news", newsEntries),
            .. newsEntries,
            Latest("/institutions", institutionEntries),
            .. institutionEntries,
        ];
        return entries;
    }

    /// <summary>A page in each language shows its own text, else the English one; null when it has neither.</summary>
    private static SitemapEntry? Entry(string path, IEnumerable<(string Language, DateTime UpdatedAt)> texts, DateTime itemUpdatedAt)
    {
        var byLanguage = texts.ToDictionary(t => t.Language, t => t.UpdatedAt);
        if (!byLanguage.TryGetValue(Languages.English, out var english))
        {
            return null;
        }

        return new SitemapEntry(path, Languages.All.ToDictionary(l => l,
            l => Max(byLanguage.GetValueOrDefault(l, english), itemUpdatedAt)));
    }

    /// <summary>A list changes when anything in it does.</summary>
    private static SitemapEntry Latest(string path, IReadOnlyCollection<SitemapEntry> shown) =>
        new(path, Languages.All.ToDictionary(l => l,
            l => shown.Select(e => e.LastModified[l]).DefaultIfEmpty(DateTime.UnixEpoch).Max()));

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
