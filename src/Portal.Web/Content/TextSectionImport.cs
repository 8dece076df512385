using Portal.Web.Data;

namespace Portal.Web.Content;

/// <summary>
/// The import of a section whose items are a slug with one <see cref="ImportedText"/> per language (pages, institutions):
/// new and changed files stored, unchanged ones skipped, texts whose file is gone removed, and an item left with no text removed.
/// </summary>
public abstract class TextSectionImport<TItem, TText>(PortalDb db, DateTime now, ImportReport report) : SectionImport(db, now, report)
    where TItem : class
    where TText : ImportedText
{
    public async Task RunAsync(IEnumerable<ContentFile> files, CancellationToken cancellationToken)
    {
        var items = await LoadAsync(cancellationToken);
        var present = new HashSet<(string, string)>();

        foreach (var file in files)
        {
            present.Add((file.Slug, file.Language));
            var item = items.GetValueOrDefault(file.Slug);
            var text = item is null ? null : TextsOf(item).FirstOrDefault(t => t.Language == file.Language);
            if (text is not null && IsUnchanged(text.SourceHash, text.SourcePath, file))
            {
                Report.Unchanged++;
                continue;
            }

            if (await ParseAsync(file, cancellationToken) is not { } parsed)
            {
                continue;
            }

            item ??= items[file.Slug] = Create(file.Slug);
            Count(text is null);
            if (text is null)
            {
                text = NewText(file.Language);
                TextsOf(item).Add(text);
            }

            Store(text, parsed);
            StoreMore(item, text, parsed);
        }

        foreach (var (slug, item) in items)
        {
            var texts = TextsOf(item);
            foreach (var gone in texts.Where(t => !present.Contains((slug, t.Language))).ToList())
            {
                texts.Remove(gone);
                Db.Remove(gone);
                Report.Removed++;
            }

            if (texts.Count == 0 && MayRemove(item))
            {
                Db.Remove(item);
            }
        }

        await Db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Every item of the section by slug, tracked, with its texts.</summary>
    protected abstract Task<Dictionary<string, TItem>> LoadAsync(CancellationToken cancellationToken);

    /// <summary>A new item, added to the database.</summary>
    protected abstract TItem Create(string slug);

    protected abstract List<TText> TextsOf(TItem item);

    protected abstract TText NewText(string language);

    /// <summary>What the section keeps besides title, summary and body.</summary>
    protected virtual void StoreMore(TItem item, TText text, ParsedContent parsed)
    {
    }

    /// <summary>Whether an item with no text left may go.</summary>
    protected virtual bool MayRemove(TItem item) => true;
}
