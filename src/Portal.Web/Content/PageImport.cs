using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;

namespace Portal.Web.Content;

public sealed class PageImport(PortalDb db, DateTime now, ImportReport report) : SectionImport(db, now, report)
{
    public async Task RunAsync(IEnumerable<ContentFile> files, CancellationToken cancellationToken)
    {
        var pages = await Db.Pages.Include(p => p.Translations).ThenInclude(t => t.Timeline).ToDictionaryAsync(p => p.Slug, cancellationToken);
        var present = new HashSet<(string, string)>();

        foreach (var file in files)
        {
            present.Add((file.Slug, file.Language));
            var page = pages.GetValueOrDefault(file.Slug);
            var text = page?.Translations.FirstOrDefault(t => t.Language == file.Language);
            if (text is not null && IsUnchanged(text.SourceHash, text.SourcePath, file))
            {
                Report.Unchanged++;
                continue;
            }

            if (await ParseAsync(file, cancellationToken) is not { } parsed)
            {
                continue;
            }

            if (page is null)
            {
                page = new Page { Slug = file.Slug };
                pages[file.Slug] = page;
                Db.Pages.Add(page);
            }

            Count(text is null);
            if (text is null)
            {
                text = new PageTranslation { Language = file.Language, Title = "", Summary = "", BodyHtml = "", SourcePath = "", SourceHash = "" };
                page.Translations.Add(text);
            }

            Store(text, parsed);
            Db.TimelineEntries.RemoveRange(text.Timeline);
            text.Timeline = [.. parsed.Timeline];
        }

        foreach (var page in pages.Values)
        {
            foreach (var gone in page.Translations.Where(t => !present.Contains((page.Slug, t.Language))).ToList())
            {
                page.Translations.Remove(gone);
                Db.PageTranslations.Remove(gone);
                Report.Removed++;
            }

            if (page.Translations.Count == 0)
            {
                Db.Pages.Remove(page);
            }
        }

        await Db.SaveChangesAsync(cancellationToken);
    }
}
