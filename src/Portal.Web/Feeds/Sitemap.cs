using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Localization;
using Portal.Web.Pages;

namespace Portal.Web.Feeds;

/// <summary>One public page, its address in a given language, and when each language's text last changed.</summary>
public sealed record SitemapEntry(Func<PublicLinks, string, string> Address, IReadOnlyDictionary<string, DateTime> LastModified);

/// <summary>/sitemap.xml: every public page in every language, each with its language alternates.</summary>
public static class Sitemap
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    public static async Task<byte[]> WriteAsync(PortalDb db, AbsoluteLinks links, CancellationToken cancellationToken)
    {
        var entries = await EntriesAsync(db, cancellationToken);
        var urls = entries.SelectMany(entry => Languages.All.Select(language => new XElement(Ns + "url",
            new XElement(Ns + "loc", links.Of(paths => entry.Address(paths, language))),
            new XElement(Ns + "lastmod", entry.LastModified[language].ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
            Languages.All.Select(other => Alternate(other, links.Of(paths => entry.Address(paths, other)))),
            Alternate("x-default", links.Of(paths => entry.Address(paths, Languages.English))))));
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

        var home = pages.Where(p => p.Slug == PublicPages.HomeSlug)
            .Select(p => Entry((paths, language) => paths.Home(language), p.Texts.Select(t => (t.Language, t.UpdatedAt)), DateTime.MinValue))
            .OfType<SitemapEntry>().FirstOrDefault();
        var pageEntries = pages.Where(p => p.Slug != PublicPages.HomeSlug)
            .Select(p => Entry((paths, language) => paths.FixedPage(language, p.Slug), p.Texts.Select(t => (t.Language, t.UpdatedAt)),
                DateTime.MinValue))
            .OfType<SitemapEntry>().ToList();
        var institutionEntries = institutions
            .Select(i => Entry((paths, language) => paths.Institution(language, i.Slug), i.Texts.Select(t => (t.Language, t.UpdatedAt)),
                DateTime.MinValue))
            .OfType<SitemapEntry>().ToList();
        var newsEntries = news
            .Select(n => Entry((paths, language) => paths.NewsItem(language, n.Slug), n.Texts.Select(t => (t.Language, t.UpdatedAt)),
                n.UpdatedAt))
            .OfType<SitemapEntry>().ToList();

        List<SitemapEntry> entries =
        [
            .. home is null ? [] : new[] { Latest(home.Address, [home, .. newsEntries, .. institutionEntries]) },
            .. pageEntries,
            Latest((paths, language) => paths.News(language), newsEntries),
            .. newsEntries,
            Latest((paths, language) => paths.Institutions(language), institutionEntries),
            .. institutionEntries,
        ];
        return entries;
    }

    /// <summary>A page in each language shows its own text, else the English one; null when it has neither.</summary>
    private static SitemapEntry? Entry(Func<PublicLinks, string, string> address, IEnumerable<(string Language, DateTime UpdatedAt)> texts, DateTime itemUpdatedAt)
    {
        var byLanguage = texts.ToDictionary(t => t.Language, t => t.UpdatedAt);
        if (!byLanguage.TryGetValue(Languages.English, out var english))
        {
            return null;
        }

        return new SitemapEntry(address, Languages.All.ToDictionary(l => l,
            l => Max(byLanguage.GetValueOrDefault(l, english), itemUpdatedAt)));
    }

    /// <summary>A list changes when anything in it does.</summary>
    private static SitemapEntry Latest(Func<PublicLinks, string, string> address, IReadOnlyCollection<SitemapEntry> shown) =>
        new(address, Languages.All.ToDictionary(l => l,
            l => shown.Select(e => e.LastModified[l]).DefaultIfEmpty(DateTime.UnixEpoch).Max()));

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
