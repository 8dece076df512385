using Portal.Web.Data;

namespace Portal.Web.Pages.News;

/// <summary>A news item as lists show it: in the reader's language, else in English.</summary>
public sealed record NewsCard(string Slug, DateOnly Date, string Language, string Title, string Summary, string Place,
    string InstitutionSlug, string InstitutionTitle);

public static class NewsCardQuery
{
    /// <summary>Published items, newest first, each in the reader's language where it is translated.</summary>
    public static IQueryable<NewsCard> PublishedCards(this IQueryable<NewsItem> news, string language) =>
        news.Where(n => n.Status == NewsStatus.Published)
            .OrderByDescending(n => n.Date).ThenByDescending(n => n.Id)
            .Select(n => new
            {
                n.Slug,
                n.Date,
                Text = n.Translations
                    .Where(t => t.Language == language || t.Language == Localization.Languages.English)
                    .OrderBy(t => t.Language == language ? 0 : 1)
                    .First(),
                InstitutionSlug = n.Institution!.Slug,
                InstitutionTitle = n.Institution.Translations
                    .Where(t => t.Language == language || t.Language == Localization.Languages.English)
                    .OrderBy(t => t.Language == language ? 0 : 1)
                    .Select(t => t.Title)
                    .FirstOrDefault(),
            })
            .Select(n => new NewsCard(n.Slug, n.Date, n.Text.Language, n.Text.Title, n.Text.Summary, n.Text.Place,
                n.InstitutionSlug, n.InstitutionTitle ?? n.InstitutionSlug));
}
