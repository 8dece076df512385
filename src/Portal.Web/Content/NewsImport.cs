using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Content;

/// <summary>
/// News items start from files, but once an editor has changed or deleted one in the admin area, the
/// import never touches it again.
/// </summary>
public sealed class NewsImport(PortalDb db, DateTime now, ImportReport report) : SectionImport(db, now, report)
{
    private Dictionary<string, int> institutionIds = [];

    public async Task RunAsync(IEnumerable<ContentFile> files, CancellationToken cancellationToken)
    {
        institutionIds = await Db.Institutions.ToDictionaryAsync(i => i.Slug, i => i.Id, cancellationToken);
        var items = await Db.News.IgnoreQueryFilters().Include(n => n.Translations).ToDictionaryAsync(n => n.Slug, cancellationToken);
        var present = new HashSet<(string, string)>();

        // English first: it sets the item's date and institution.
        foreach (var file in files.OrderBy(f => f.Slug, StringComparer.Ordinal).ThenBy(f => f.Language != Languages.English))
        {
            present.Add((file.Slug, file.Language));
            var item = items.GetValueOrDefault(file.Slug);
            if (item is { EditedAt: not null } or { IsDeleted: true })
            {
                Report.KeptEditorChanges++;
                continue;
            }

            var text = item?.Translations.FirstOrDefault(t => t.Language == file.Language);
            if (text is not null && IsUnchanged(text.SourceHash, text.SourcePath, file))
            {
                Report.Unchanged++;
                continue;
            }

            if (await ParseAsync(file, cancellationToken) is not { } parsed)
            {
                continue;
            }

            if (item is null)
            {
                if (file.Language != Languages.English)
                {
                    continue; // its English file was refused: it is reported already
                }

                item = new NewsItem { Slug = file.Slug, Status = NewsStatus.Published };
                items[file.Slug] = item;
                Db.News.Add(item);
            }

            if (file.Language == Languages.English)
            {
                item.Date = parsed.Date!.Value;
                item.InstitutionId = institutionIds[parsed.FrontMatter.Institution!.Trim()];
                item.UpdatedAt = Now;
            }

            Count(text is null);
            if (text is null)
            {
                text = new NewsTranslation { Language = file.Language, Title = "", Summary = "", Place = "", BodyMarkdown = "", BodyHtml = "" };
                item.Translations.Add(text);
            }

            text.Title = parsed.Title;
            text.Summary = parsed.Summary;
            text.Place = parsed.FrontMatter.Place!.Trim();
            text.BodyMarkdown = parsed.BodyMarkdown;
            text.BodyHtml = parsed.BodyHtml;
            text.SourcePath = file.Path;
            text.SourceHash = file.Hash;
            text.UpdatedAt = Now;
        }

        RemoveGone(items.Values, present);
        await Db.SaveChangesAsync(cancellationToken);
    }

    protected override string? Check(ParsedContent parsed) =>
        institutionIds.ContainsKey(parsed.FrontMatter.Institution!.Trim())
            ? null
            : $"unknown institution '{parsed.FrontMatter.Institution}' (expected one of: {string.Join(", ", institutionIds.Keys.Order())})";

    private void RemoveGone(IEnumerable<NewsItem> items, HashSet<(string, string)> present)
    {
        foreach (var item in items.Where(i => i.EditedAt is null && !i.IsDeleted))
        {
            foreach (var gone in item.Translations.Where(t => t.SourcePath is not null && !present.Contains((item.Slug, t.Language))).ToList())
            {
                item.Translations.Remove(gone);
                Db.NewsTranslations.Remove(gone);
                Report.Removed++;
            }

            if (item.Translations.Count == 0)
            {
                Db.News.Remove(item);
            }
        }
    }
}
