using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Pages.News;

/// <summary>A news item as lists show it: in the reader's language, else in English.</summary>
public sealed record NewsCard(string Slug, DateOnly Date, string Language, string Title, string Summary, string Place,
    string InstitutionSlug, string InstitutionTitle);

public static class NewsCardQuery
{
    /// <summary>Published items, newest first: what news lists show, in their order. Take a page of it, then its cards.</summary>
    public static IQueryable<NewsItem> PublishedNewestFirst(this IQueryable<NewsItem> news) =>
        news.Where(n => n.Status == NewsStatus.Published).OrderByDescending(n => n.Date).ThenByDescending(n => n.Id);

    /// <summary>The cards of these items, newest first, each in the reader's language where it is translated.</summary>
    /// <param name="news">
    /// Which items: a page of <see cref="PublishedNewestFirst"/>, or one slug; published ones are chosen here. Only their texts
    /// are read, found by the items' ids.
    /// </param>
    public static IQueryable<NewsCard> PublishedCards(this PortalDb db, string language, IQueryable<NewsItem> news)
    {
        var ids = news.Where(n => n.Status == NewsStatus.Published).Select(n => n.Id);
        var institutionTitles = db.InstitutionTranslations.InLanguageOrEnglish(language);
        return db.NewsTranslations
            .Where(t => ids.Contains(t.NewsItemId))
            .InLanguageOrEnglish(language)
            .OrderByDescending(t => t.NewsItem!.Date).ThenByDescending(t => t.NewsItemId)
            .Select(t => new NewsCard(t.NewsItem!.Slug, t.NewsItem.Date, t.Language, t.Title, t.Summary, t.Place,
                t.NewsItem.Institution!.Slug,
                institutionTitles.Where(i => i.InstitutionId == t.NewsItem.InstitutionId).Select(i => i.Title).FirstOrDefault()
                    ?? t.NewsItem.Institution.Slug));
    }
}
