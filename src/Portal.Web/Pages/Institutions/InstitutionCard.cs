using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Pages.Institutions;

/// <summary>An institution as lists show it: in the reader's language, else in English.</summary>
public sealed record InstitutionCard(string Slug, string Language, string Title, string Summary);

public static class InstitutionCardQuery
{
    public static IQueryable<InstitutionCard> InstitutionCards(this PortalDb db, string language) =>
        db.InstitutionTranslations
            .InLanguageOrEnglish(language)
            .OrderBy(t => t.Institution!.SortOrder).ThenBy(t => t.Institution!.Slug)
            .Select(t => new InstitutionCard(t.Institution!.Slug, t.Language, t.Title, t.Summary));
}
