using Portal.Web.Data;

namespace Portal.Web.Pages.Institutions;

/// <summary>An institution as lists show it: in the reader's language, else in English.</summary>
public sealed record InstitutionCard(string Slug, string Language, string Title, string Summary);

public static class InstitutionCardQuery
{
    public static IQueryable<InstitutionCard> Cards(this IQueryable<Institution> institutions, string language) =>
        institutions
            .Where(i => i.Translations.Any())
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Slug)
            .Select(i => new
            {
                i.Slug,
                Text = i.Translations
                    .Where(t => t.Language == language || t.Language == Localization.Languages.English)
                    .OrderBy(t => t.Language == language ? 0 : 1)
                    .First(),
            })
            .Select(i => new InstitutionCard(i.Slug, i.Text.Language, i.Text.Title, i.Text.Summary));
}
