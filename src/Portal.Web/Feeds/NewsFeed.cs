using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Portal.Web.Content;
using Portal.Web.Data;
using Portal.Web.Localization;
using Portal.Web.Pages.News;

namespace Portal.Web.Feeds;

/// <summary>The Atom feed of one language: the latest published news, untranslated items in English and marked so.</summary>
public static class NewsFeed
{
    public const int Size = 20;
    public const string ContentType = "application/atom+xml; charset=utf-8";

    /// <summary>Put before the title of an item shown in English in another language's feed.</summary>
    public const string EnglishMarker = "[EN] ";

    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    public static async Task<byte[]> WriteAsync(PortalDb db, string language, AbsoluteLinks links, IStringLocalizer text,
        CancellationToken cancellationToken)
    {
        // The newest items first, then only their texts: never every translation sorted by date.
        var newest = db.News.PublishedNewestFirst().Take(Size).Select(n => n.Id);
        var items = await db.NewsTranslations.AsNoTracking()
            .Where(t => newest.Contains(t.NewsItemId))
            .InLanguageOrEnglish(language)
            .OrderByDescending(t => t.NewsItem!.Date).ThenByDescending(t => t.NewsItemId)
            .Take(Size)
            .Select(t => new
            {
                t.NewsItem!.Slug,
                t.NewsItem.Date,
                ItemUpdatedAt = t.NewsItem.UpdatedAt,
                t.Language,
                t.Title,
                t.Summary,
                t.BodyHtml,
                t.UpdatedAt,
            })
            .ToListAsync(cancellationToken);

        // Deleting or unpublishing an item changes the feed too: the last change of any item, not only of those shown.
        var lastChange = await db.News.IgnoreQueryFilters().MaxAsync(n => (DateTime?)n.UpdatedAt, cancellationToken);
        var entries = items.Select(i =>
        {
            var url = links.Of(paths => paths.NewsItem(language, i.Slug));
            var updated = new DateTimeOffset(i.ItemUpdatedAt > i.UpdatedAt ? i.ItemUpdatedAt : i.UpdatedAt);
            var inEnglish = i.Language != language;
            // Editors and files can no longer bring in what XML cannot carry, but a row stored before may still hold it.
            var title = XmlCharacters.WithoutForbidden(i.Title);
            var entry = new SyndicationItem(inEnglish ? EnglishMarker + title : title,
                SyndicationContent.CreateHtmlContent(XmlCharacters.WithoutForbidden(i.BodyHtml)), new Uri(url), url, updated)
            {
                PublishDate = new DateTimeOffset(i.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                Summary = new TextSyndicationContent(XmlCharacters.WithoutForbidden(i.Summary)),
            };
            if (inEnglish)
            {
                entry.AttributeExtensions.Add(new XmlQualifiedName("lang", XmlNamespace), i.Language);
            }

            return entry;
        }).ToList();

        var feedUrl = links.Of(paths => paths.Feed(language));
        var feed = new SyndicationFeed($"{text["News.Title"]} — {text["SiteName"]}", text["News.Summary"],
            new Uri(links.Of(paths => paths.News(language))), feedUrl,
            entries.Select(e => e.LastUpdatedTime).Append(new DateTimeOffset(lastChange ?? DateTime.UnixEpoch)).Max(), entries)
        {
            Language = language,
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(new Uri(feedUrl), "application/atom+xml"));
        feed.Authors.Add(new SyndicationPerson { Name = text["CouncilOfEurope"], Uri = links.Of(paths => paths.Home(language)) });

        using var stream = new MemoryStream();
        await using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return stream.ToArray();
    }
}
