using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Content;

public sealed class InstitutionImport(PortalDb db, DateTime now, ImportReport report)
    : TextSectionImport<Institution, InstitutionTranslation>(db, now, report)
{
    private HashSet<int> namedByNews = [];

    protected override async Task<Dictionary<string, Institution>> LoadAsync(CancellationToken cancellationToken)
    {
        namedByNews = (await Db.News.IgnoreQueryFilters().Select(n => n.InstitutionId).Distinct().ToListAsync(cancellationToken)).ToHashSet();
        return await Db.Institutions.Include(i => i.Translations).ToDictionaryAsync(i => i.Slug, cancellationToken);
    }

    protected override Institution Create(string slug) => Db.Institutions.Add(new Institution { Slug = slug }).Entity;

    protected override List<InstitutionTranslation> TextsOf(Institution item) => item.Translations;

    protected override InstitutionTranslation NewText(string language) =>
        new() { Language = language, Title = "", Summary = "", BodyHtml = "", SourcePath = "", SourceHash = "" };

    protected override void StoreMore(Institution item, InstitutionTranslation text, ParsedContent parsed)
    {
        if (text.Language == Languages.English)
        {
            item.SortOrder = parsed.FrontMatter.Order ?? 0;
        }
    }

    // An institution that news items still name stays, so that the items keep their link.
    protected override bool MayRemove(Institution item) => !namedByNews.Contains(item.Id);
}
