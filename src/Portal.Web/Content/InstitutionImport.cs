using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Content;

public sealed class InstitutionImport(PortalDb db, DateTime now, ImportReport report) : SectionImport(db, now, report)
{
    public async Task RunAsync(IEnumerable<ContentFile> files, CancellationToken cancellationToken)
    {
        var institutions = await Db.Institutions.Include(i => i.Translations).ToDictionaryAsync(i => i.Slug, cancellationToken);
        var present = new HashSet<(string, string)>();

        foreach (var file in files)
        {
            present.Add((file.Slug, file.Language));
            var institution = institutions.GetValueOrDefault(file.Slug);
            var text = institution?.Translations.FirstOrDefault(t => t.Language == file.Language);
            if (text is not null && IsUnchanged(text.SourceHash, text.SourcePath, file))
            {
                Report.Unchanged++;
                continue;
            }

            if (await ParseAsync(file, cancellationToken) is not { } parsed)
            {
                continue;
            }

            if (institution is null)
            {
                institution = new Institution { Slug = file.Slug };
                institutions[file.Slug] = institution;
                Db.Institutions.Add(institution);
            }

            if (file.Language == Languages.English)
            {
                institution.SortOrder = parsed.FrontMatter.Order ?? 0;
            }

            Count(text is null);
            if (text is null)
            {
                text = new InstitutionTranslation { Language = file.Language, Title = "", Summary = "", BodyHtml = "", SourcePath = "", SourceHash = "" };
                institution.Translations.Add(text);
            }

            Store(text, parsed);
        }

        var referenced = await Db.News.IgnoreQueryFilters().Select(n => n.InstitutionId).Distinct().ToListAsync(cancellationToken);
        foreach (var institution in institutions.Values)
        {
            foreach (var gone in institution.Translations.Where(t => !present.Contains((institution.Slug, t.Language))).ToList())
            {
                institution.Translations.Remove(gone);
                Db.InstitutionTranslations.Remove(gone);
                Report.Removed++;
            }

            // An institution that news items still name stays, so that the items keep their link.
            if (institution.Translations.Count == 0 && !referenced.Contains(institution.Id))
            {
                Db.Institutions.Remove(institution);
            }
        }

        await Db.SaveChangesAsync(cancellationToken);
    }
}
