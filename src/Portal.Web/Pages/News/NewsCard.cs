using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Pages.News;

/// <summary>A news item as lists show it: in the reader's language, else in English.</summary>
public sealed record NewsCard(string Slug, DateOnly Date, string Language, string Title, string Summary, string Place,
    string InstitutionSlug, string InstitutionTitle);

public static class NewsCardQuery
{
    /// <summary>Published items, newest first, each in the reader's language where it is translated.</summary>
    /// <param name="news">Which items: all, or those of one institution or slug; published ones are chosen here.</param>
    public static IQueryable<NewsCard> PublishedCards(this PortalDb db, string language, IQueryable<NewsItem>? news = null)
    {
        var items = (news ?? db.News).Where(n => n.Status == NewsStatus.Published);
        var institutionTitles = db.InstitutionTranslations.InLanguageOrEnglish(language);
        return db.NewsTranslations
            .Where(t => items.Any(n => n.Id == t.NewsItemId))
            .InLanguageOrEnglish(language)
            .OrderByDescending(t => t.NewsItem!.Date).ThenByDescending(t => t.NewsItemId)
            .Select(t => new NewsCard(t.NewsItem!.Slug, t.NewsItem.Date, t.Language, t.Title, t.Summary, t.Place,
                t.NewsItem.Institution!.Slug,
                institutionTitles.Where(i => i.InstitutionId == t.NewsItem.InstitutionId).Select(i => i.Title).FirstOrDefault()
                    ?? t.NewsItem.Institution.Slug));
    }
}
