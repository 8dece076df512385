using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Content;

/// <summary>
/// Brings the database in step with the content folder: new and changed files are parsed and stored,
/// unchanged ones skipped by their hash, removed ones deleted. A broken file is refused with its reason
/// and keeps its last good version; it never stops the other files.
/// </summary>
public sealed class ContentImporter(PortalDb db, IOptions<PortalOptions> options, TimeProvider clock, ILogger<ContentImporter> logger)
{
    public async Task<ImportReport> ImportAsync(CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var root = Path.GetFullPath(options.Value.ContentPath);
        var report = new ImportReport();
        var (files, refused) = ContentFile.Scan(root);
        report.Refused.AddRange(refused);

        // English is the reference: a page without an English file has nothing to fall back on.
        var withEnglish = files.Where(f => f.Language == Languages.English).Select(f => (f.Section, f.Slug)).ToHashSet();
        foreach (var orphan in files.Where(f => !withEnglish.Contains((f.Section, f.Slug))).ToList())
        {
            files.Remove(orphan);
            report.Refused.Add(new RefusedFile(orphan.Path, $"there is no English file {orphan.Section}/{orphan.Slug}.en.md"));
        }

        var bySection = files.ToLookup(f => f.Section);
        var now = clock.GetUtcNow().UtcDateTime;
        await new InstitutionImport(db, now, report).RunAsync(bySection[ContentFile.InstitutionsSection], cancellationToken);
        await new PageImport(db, now, report).RunAsync(bySection[ContentFile.PagesSection], cancellationToken);
        await new NewsImport(db, now, report).RunAsync(bySection[ContentFile.NewsSection], cancellationToken);

        foreach (var file in report.Refused)
        {
            logger.LogWarning("Content file {Path} refused: {Reason}", file.Path, file.Reason);
        }

        logger.LogInformation(
            "Content import from {Root}: {Added} added, {Updated} updated, {Unchanged} unchanged, {Removed} removed, {Kept} kept as edited, {Refused} refused, in {Elapsed} ms",
            root, report.Added, report.Updated, report.Unchanged, report.Removed, report.KeptEditorChanges, report.Refused.Count,
            watch.ElapsedMilliseconds);
        return report;
    }
}
