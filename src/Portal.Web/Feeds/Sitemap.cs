using System.Globalization;
using System.Security;
using System.Text;
using System.Xml;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Feeds;

/// <summary>
/// The sitemap: every public page in every language, each with its language alternates. It is one file, /sitemap.xml, while
/// every page fits in one; beyond that /sitemap.xml is the index of /sitemap-1.xml, /sitemap-2.xml, …, and robots.txt
/// names the same address either way. /sitemap-N.xml always exists for the files there are, so that a crawler that
/// knows /sitemap-1.xml keeps it when the site grows past one file.
/// </summary>
public static class Sitemap
{
    public const string ContentType = "application/xml; charset=utf-8";

    /// <summary>
    /// Pages a file: 25 pages in four languages are 100 URLs (the protocol allows 50,000), each with its five alternates
    /// about 2.6 KB a page, so a file stays under 100 KB even with long slugs, a slow reader of it (a mirror's fetcher on a
    /// filtered line) gets it whole, and it is written in a few milliseconds. Ten thousand news items make about 400 files.
    /// </summary>
    public const int PagesPerFile = 25;

    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";
    private const string XDefault = "x-default";

    /// <summary>/sitemap.xml: the one file, or the index of the files.</summary>
    public static async Task<byte[]> WriteAsync(PortalDb db, AbsoluteLinks links, CancellationToken cancellationToken,
        int pagesPerFile = PagesPerFile)
    {
        var pages = await SitemapPages.ReadAsync(db, cancellationToken);
        var files = FileCount(pages, pagesPerFile);
        return files == 1
            ? Write(await pages.RangeAsync(0, pagesPerFile, cancellationToken), links)
            : WriteIndex(files, links);
    }

    /// <summary>/sitemap-N.xml, from 1; null when there is no such file.</summary>
    public static async Task<byte[]?> WriteFileAsync(PortalDb db, AbsoluteLinks links, int number, CancellationToken cancellationToken,
        int pagesPerFile = PagesPerFile)
    {
        var pages = await SitemapPages.ReadAsync(db, cancellationToken);
        return number >= 1 && number <= FileCount(pages, pagesPerFile)
            ? Write(await pages.RangeAsync((number - 1) * pagesPerFile, pagesPerFile, cancellationToken), links)
            : null;
    }

    /// <summary>Every page the sitemap lists, in its order.</summary>
    public static async Task<List<SitemapEntry>> EntriesAsync(PortalDb db, CancellationToken cancellationToken)
    {
        var pages = await SitemapPages.ReadAsync(db, cancellationToken);
        return await pages.RangeAsync(0, pages.Count, cancellationToken);
    }

    private static int FileCount(SitemapPages pages, int pagesPerFile) => Math.Max(1, (pages.Count + pagesPerFile - 1) / pagesPerFile);

    private static byte[] Write(IEnumerable<SitemapEntry> entries, AbsoluteLinks links) => Xml(writer =>
    {
        writer.WriteStartElement("urlset", Ns);
        writer.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
        foreach (var entry in entries)
        {
            var urls = Languages.All.ToDictionary(l => l, l => links.Of(paths => entry.Address(paths, l)));
            // The alternates are the same in each language's <url>: written once, copied into each.
            var alternates = Alternates(urls);
            foreach (var language in Languages.All)
            {
                writer.WriteStartElement("url", Ns);
                writer.WriteElementString("loc", Ns, urls[language]);
                writer.WriteElementString("lastmod", Ns,
                    entry.LastModified[language].ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                writer.WriteRaw(alternates);
                writer.WriteEndElement();
            }
        }

        writer.WriteEndElement();
    });

    private static byte[] WriteIndex(int files, AbsoluteLinks links) => Xml(writer =>
    {
        writer.WriteStartElement("sitemapindex", Ns);
        for (var number = 1; number <= files; number++)
        {
            writer.WriteStartElement("sitemap", Ns);
            writer.WriteElementString("loc", Ns, links.Of(paths => paths.SitemapFile(number)));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    /// <summary>A page's &lt;xhtml:link&gt; elements as XML text, under the "xhtml" prefix the urlset declares.</summary>
    private static string Alternates(Dictionary<string, string> urls)
    {
        var text = new StringBuilder();
        foreach (var hreflang in Languages.All.Append(XDefault))
        {
            var href = urls[hreflang == XDefault ? Languages.English : hreflang];
            text.Append($"""<xhtml:link rel="alternate" hreflang="{hreflang}" href="{SecurityElement.Escape(href)}" />""");
        }

        return text.ToString();
    }

    private static byte[] Xml(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            writer.WriteStartDocument();
            write(writer);
        }

        return stream.ToArray();
    }
}
