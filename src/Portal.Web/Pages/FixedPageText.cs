using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Pages;

/// <summary>A fixed page's text as the reader sees it: in their language, else in English (<see cref="IsFallback"/>).</summary>
public sealed record FixedPageText(int TranslationId, string Language, bool IsFallback, string Title, string Summary, string BodyHtml);

public static class FixedPageTextQuery
{
    /// <summary>The page in the reader's language, else in English; null when there is no such page.</summary>
    public static Task<FixedPageText?> FixedPageTextAsync(this PortalDb db, string slug, string language,
        CancellationToken cancellationToken) =>
        db.PageTranslations.AsNoTracking()
            .Where(t => t.Page!.Slug == slug)
            .InLanguageOrEnglish(language)
            .Select(t => new FixedPageText(t.Id, t.Language, t.Language != language, t.Title, t.Summary, t.BodyHtml))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Two pages in the reader's language, else in English, in one round trip, by slug; a missing page is absent.</summary>
    /// <remarks>Two slugs, not a list: EF Core caches the SQL of a query with scalar parameters, and writes it again for
    /// every execution of one with a list parameter.</remarks>
    public static Task<Dictionary<string, FixedPageText>> FixedPageTextsAsync(this PortalDb db, string slug, string otherSlug,
        string language, CancellationToken cancellationToken) =>
        db.PageTranslations.AsNoTracking()
            .Where(t => t.Page!.Slug == slug || t.Page!.Slug == otherSlug)
            .InLanguageOrEnglish(language)
            .Select(t => new
            {
                t.Page!.Slug,
                Text = new FixedPageText(t.Id, t.Language, t.Language != language, t.Title, t.Summary, t.BodyHtml),
            })
            .ToDictionaryAsync(page => page.Slug, page => page.Text, cancellationToken);
}
