using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Pages.Institutions;

/// <summary>An institution's text as the reader sees it: in their language, else in English (<see cref="IsFallback"/>).</summary>
public sealed record InstitutionText(string Language, bool IsFallback, string Title, string Summary, string BodyHtml);

public static class InstitutionTextQuery
{
    /// <summary>The institution in the reader's language, else in English; null when there is no such institution.</summary>
    public static Task<InstitutionText?> InstitutionTextAsync(this PortalDb db, string slug, string language,
        CancellationToken cancellationToken) =>
        db.InstitutionTranslations.AsNoTracking()
            .Where(t => t.Institution!.Slug == slug)
            .InLanguageOrEnglish(language)
            .Select(t => new InstitutionText(t.Language, t.Language != language, t.Title, t.Summary, t.BodyHtml))
            .SingleOrDefaultAsync(cancellationToken);
}
