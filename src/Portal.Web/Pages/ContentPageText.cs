using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Pages;

/// <summary>A fixed page's text as the reader sees it.</summary>
public sealed record ContentPageText(string Title, string Summary, string BodyHtml, int TranslationId);

public static class ContentPageQuery
{
    /// <summary>The page in the reader's language, else in English; null when there is no such page.</summary>
    public static async Task<Translated<ContentPageText>?> LoadPageAsync(this PortalDb db, string slug, string language,
        CancellationToken cancellationToken)
    {
        var texts = await db.PageTranslations.AsNoTracking()
            .Where(t => t.Page!.Slug == slug && (t.Language == language || t.Language == Languages.English))
            .Select(t => new { t.Language, Text = new ContentPageText(t.Title, t.Summary, t.BodyHtml, t.Id) })
            .ToListAsync(cancellationToken);
        var chosen = texts.InLanguage(t => t.Language, language);
        return chosen is null ? null : new Translated<ContentPageText>(chosen.Text.Text, chosen.Language, chosen.IsFallback);
    }
}
