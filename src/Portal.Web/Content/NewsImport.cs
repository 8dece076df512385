using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Content;

/// <summary>
/// News items start from files, but once an editor has changed or deleted one in the admin area, the
/// import never touches it again.
/// </summary>
/// <remarks>
/// Thousands of items are imported a batch at a time: what is stored is first read without its texts to find the files that
/// changed, then each batch of changed items is loaded, updated, saved and let go, so the import's memory stays the same
/// however many files there are. Each batch is saved on its own; an import stopped half-way is finished by the next one.
/// </remarks>
public sealed class NewsImport(PortalDb db, DateTime now, ImportReport report) : SectionImport(db, now, report)
{
    /// <summary>Items (up to four files each) read, saved and let go at a time: 100 kept the import fastest and under 400 MB.</summary>
    public const int BatchSize = 100;

    private Dictionary<string, int> institutionIds = [];

    public async Task RunAsync(IEnumerable<ContentFile> files, CancellationToken cancellationToken)
    {
        institutionIds = await Db.Institutions.ToDictionaryAsync(i => i.Slug, i => i.Id, cancellationToken);
        var stored = await StoredAsync(cancellationToken);
        var present = new HashSet<(string, string)>();
        var changed = new List<(string Slug, List<ContentFile> Files)>();

        // English first: it sets the item's date and institution.
        foreach (var slugFiles in files.GroupBy(f => f.Slug).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var item = stored.GetValueOrDefault(slugFiles.Key);
            var toRead = new List<ContentFile>();
            foreach (var file in slugFiles.OrderBy(f => f.Language != Languages.English))
            {
                present.Add((file.Slug, file.Language));
                if (item is { IsKept: true })
                {
                    Report.KeptEditorChanges++;
                }
                else if (item?.Texts.GetValueOrDefault(file.Language) is { } text && IsUnchanged(text.SourceHash, text.SourcePath, file))
                {
                    Report.Unchanged++;
                }
                else
                {
                    toRead.Add(file);
                }
            }

            if (toRead.Count > 0)
            {
                changed.Add((slugFiles.Key, toRead));
            }
        }

        // The next batch's files are read while this one is saved: reading and saving are each about half of an import's work.
        var batches = changed.Chunk(BatchSize).ToList();
        var reading = batches.Count > 0 ? ParseAllAsync(FilesOf(batches[0]), cancellationToken) : null;
        for (var i = 0; i < batches.Count; i++)
        {
            var parsed = await reading!;
            reading = i + 1 < batches.Count ? ParseAllAsync(FilesOf(batches[i + 1]), cancellationToken) : null;
            await SaveAsync(batches[i], parsed, cancellationToken);
        }

        var gone = stored.Values
            .Where(i => !i.IsKept && i.Texts.Any(t => t.Value.SourcePath is not null && !present.Contains((i.Slug, t.Key))))
            .Select(i => i.Slug);
        foreach (var batch in gone.Chunk(BatchSize))
        {
            await RemoveGoneAsync(batch, present, cancellationToken);
        }
    }

    protected override string? Check(ParsedContent parsed) =>
        institutionIds.ContainsKey(parsed.FrontMatter.Institution!.Trim())
            ? null
            : $"unknown institution '{parsed.FrontMatter.Institution}' (expected one of: {string.Join(", ", institutionIds.Keys.Order())})";

    /// <summary>Every stored item by slug, with what the import decides by: whether an editor has it, and its texts' sources.</summary>
    private async Task<Dictionary<string, StoredItem>> StoredAsync(CancellationToken cancellationToken)
    {
        var items = await Db.News.IgnoreQueryFilters().AsNoTracking()
            .Select(n => new
            {
                n.Slug,
                IsKept = n.EditedAt != null || n.IsDeleted,
                Texts = n.Translations.Select(t => new StoredText(t.Language, t.SourcePath, t.SourceHash)).ToList(),
            })
            .ToListAsync(cancellationToken);
        return items.ToDictionary(i => i.Slug, i => new StoredItem(i.Slug, i.IsKept, i.Texts.ToDictionary(t => t.Language)));
    }

    private static List<ContentFile> FilesOf((string Slug, List<ContentFile> Files)[] batch) => batch.SelectMany(b => b.Files).ToList();

    /// <summary>Stores and saves the changed files of a batch of items, read and checked.</summary>
    private async Task SaveAsync((string Slug, List<ContentFile> Files)[] batch, List<ParsedContent> files, CancellationToken cancellationToken)
    {
        var slugs = batch.Select(b => b.Slug).ToList();
        var items = await Db.News.IgnoreQueryFilters().Include(n => n.Translations)
            .Where(n => slugs.Contains(n.Slug))
            .ToDictionaryAsync(n => n.Slug, cancellationToken);
        foreach (var parsed in files)
        {
            var file = parsed.File;
            var item = items.GetValueOrDefault(file.Slug);
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

            Update(item, file, parsed);
        }

        foreach (var parsed in files.Where(f => f.File.Language != Languages.English))
        {
            if (items.GetValueOrDefault(parsed.File.Slug) is { } item)
            {
                RecordTranslatedFrom(item, parsed);
            }
        }

        await Db.SaveChangesAsync(cancellationToken);
        Db.ChangeTracker.Clear();
    }

    private void Update(NewsItem item, ContentFile file, ParsedContent parsed)
    {
        if (file.Language == Languages.English)
        {
            item.Date = parsed.Date!.Value;
            item.InstitutionId = institutionIds[parsed.FrontMatter.Institution!.Trim()];
            item.UpdatedAt = Now;
        }

        var text = item.Translations.FirstOrDefault(t => t.Language == file.Language);
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
        if (file.Language == Languages.English)
        {
            text.EnglishFingerprint = EnglishText.Of(text).Fingerprint;
            text.TranslatedFrom = null;
        }
    }

    /// <summary>
    /// A translation file read now was made from the English stored now, unless its <c>translated-from:</c> names another English
    /// file: then the newsroom shows it out of date, without the earlier English (the <c>translations</c> command shows that one).
    /// </summary>
    private static void RecordTranslatedFrom(NewsItem item, ParsedContent parsed)
    {
        var text = item.Translations.FirstOrDefault(t => t.Language == parsed.File.Language);
        var english = item.Translations.FirstOrDefault(t => t.Language == Languages.English);
        if (text is null || english is null)
        {
            return;
        }

        english.EnglishFingerprint ??= EnglishText.Of(english).Fingerprint; // stored before translations were tracked
        var englishFile = TranslatedFile.EnglishPathOf(parsed.File.FullPath);
        if (parsed.FrontMatter.TranslatedFrom is { Length: > 0 } stamp && File.Exists(englishFile) && GitBlob.HashOf(englishFile) != stamp.Trim())
        {
            text.EnglishFingerprint = "file:" + stamp.Trim();
            text.TranslatedFrom = null;
            return;
        }

        text.TranslatedFrom = EnglishText.Of(english);
        text.EnglishFingerprint = text.TranslatedFrom.Fingerprint;
    }

    /// <summary>Removes the texts whose file is gone from these items, and an item left with none.</summary>
    private async Task RemoveGoneAsync(string[] slugs, HashSet<(string, string)> present, CancellationToken cancellationToken)
    {
        var items = await Db.News.IgnoreQueryFilters().Include(n => n.Translations)
            .Where(n => slugs.Contains(n.Slug) && n.EditedAt == null && !n.IsDeleted)
            .ToListAsync(cancellationToken);
        foreach (var item in items)
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

        await Db.SaveChangesAsync(cancellationToken);
        Db.ChangeTracker.Clear();
    }

    /// <summary>A stored item as the import sees it before reading any file.</summary>
    /// <param name="IsKept">Changed or deleted by an editor: its files are left alone.</param>
    private sealed record StoredItem(string Slug, bool IsKept, Dictionary<string, StoredText> Texts);

    private sealed record StoredText(string Language, string? SourcePath, string? SourceHash);
}
