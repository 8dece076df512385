using Microsoft.EntityFrameworkCore;
using Portal.Web.Areas.Admin.Audit;
using Portal.Web.Content;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Areas.Admin.News;

/// <summary>What became of a save: saved, or refused because someone else saved the item first.</summary>
public sealed record SaveOutcome(int ItemId, bool IsConflict);

/// <summary>
/// Writes an editor's changes: renders the Markdown once, keeps a revision of every save, and refuses a save
/// made against an older version of the item than the one stored (optimistic concurrency on <see cref="NewsItem.Version"/>).
/// </summary>
public sealed class NewsWriter(PortalDb db, TimeProvider clock, AuditTrail audit, ILogger<NewsWriter> logger)
{
    /// <summary>Saves a checked form over <paramref name="item"/> (tracked, with its translations), or as a new item when null.</summary>
    public async Task<SaveOutcome> SaveAsync(NewsItem? item, NewsForm form, NewsStatus status, string editor,
        CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var action = item is null ? NewsRevisionAction.Created : NewsRevisionAction.Saved;
        AuditChange(item?.Status, status, form, editor);
        if (item is null)
        {
            item = new NewsItem { Slug = form.Slug! };
            db.News.Add(item);
        }
        else
        {
            db.Entry(item).Property(n => n.Version).OriginalValue = form.Version;
        }

        item.Slug = form.Slug!;
        item.Date = form.ParsedDate!.Value;
        item.InstitutionId = await db.Institutions.Where(i => i.Slug == form.Institution).Select(i => i.Id).SingleAsync(cancellationToken);
        item.Status = status;
        item.EditedAt = now;
        item.UpdatedAt = now;
        item.Version = form.Version + 1;
        RecordLegacyTranslations(item);
        foreach (var language in Languages.All)
        {
            if (Apply(item, form.In(language)!, now) is { } changed && language != Languages.English)
            {
                // Written on the same form as the English: made from the English saved with it.
                MarkTranslatedFromCurrentEnglish(item, changed);
            }
        }

        return await SaveWithRevisionAsync(item, action, editor, null, cancellationToken);
    }

    /// <summary>Saves one language's text, written side by side with the English the translator saw at <paramref name="loadedVersion"/>.</summary>
    public async Task<SaveOutcome> SaveTranslationAsync(NewsItem item, TranslationForm form, int loadedVersion, string editor,
        CancellationToken cancellationToken)
    {
        var now = Touch(item, loadedVersion);
        RecordLegacyTranslations(item);
        if (Apply(item, form, now) is { } changed)
        {
            MarkTranslatedFromCurrentEnglish(item, changed);
            if (item.Status == NewsStatus.Published)
            {
                audit.Add(AuditAction.NewsPublished, editor, item.Slug, $"translation into {form.Language} saved side by side");
            }
        }

        return await SaveWithRevisionAsync(item, NewsRevisionAction.Saved, editor, form.Language, cancellationToken);
    }

    /// <summary>Records that a language's text needs no change for the current English (a typo or a link fixed in English).</summary>
    public async Task<SaveOutcome> MarkUpToDateAsync(NewsItem item, string language, int loadedVersion, string editor,
        CancellationToken cancellationToken)
    {
        // Readers' texts do not change: the item keeps its date of change, which feeds show.
        var changedAt = item.UpdatedAt;
        var now = Touch(item, loadedVersion);
        item.UpdatedAt = changedAt;
        if (item.Translations.FirstOrDefault(t => t.Language == language) is { } text)
        {
            MarkTranslatedFromCurrentEnglish(item, text);
        }

        return await SaveWithRevisionAsync(item, NewsRevisionAction.MarkedUpToDate, editor, language, cancellationToken, now);
    }

    /// <summary>Deletes as a tombstone: the item disappears everywhere, and a re-import cannot bring it back.</summary>
    public async Task<SaveOutcome> DeleteAsync(NewsItem item, int loadedVersion, string editor, CancellationToken cancellationToken)
    {
        Touch(item, loadedVersion);
        item.IsDeleted = true;
        audit.Add(AuditAction.NewsDeleted, editor, item.Slug);
        return await SaveWithRevisionAsync(item, NewsRevisionAction.Deleted, editor, null, cancellationToken);
    }

    /// <summary>A change by an editor: a new version, refused at saving if someone saved after <paramref name="loadedVersion"/>.</summary>
    private DateTime Touch(NewsItem item, int loadedVersion)
    {
        db.Entry(item).Property(n => n.Version).OriginalValue = loadedVersion;
        var now = clock.GetUtcNow().UtcDateTime;
        item.EditedAt = now;
        item.UpdatedAt = now;
        item.Version = loadedVersion + 1;
        return now;
    }

    private static void MarkTranslatedFromCurrentEnglish(NewsItem item, NewsTranslation translation)
    {
        if (item.Translations.FirstOrDefault(t => t.Language == Languages.English) is { } english)
        {
            translation.TranslatedFrom = EnglishText.Of(english);
            translation.EnglishFingerprint = translation.TranslatedFrom.Fingerprint;
        }
    }

    /// <summary>
    /// Texts stored before translations were tracked get the English they match, as their time stamps tell (not older than the
    /// English: made from the English stored now); an older one stays unknown, and so out of date.
    /// </summary>
    private static void RecordLegacyTranslations(NewsItem item)
    {
        if (item.Translations.FirstOrDefault(t => t.Language == Languages.English) is not { } english)
        {
            return;
        }

        english.EnglishFingerprint ??= EnglishText.Of(english).Fingerprint;
        foreach (var text in item.Translations.Where(t => t.EnglishFingerprint is null && t.UpdatedAt >= english.UpdatedAt))
        {
            MarkTranslatedFromCurrentEnglish(item, text);
        }
    }

    /// <summary>
    /// What readers will see differently: a publication (first, or a correction of what is live), a withdrawal, a restore.
    /// Saved with the change itself, so that a refused save leaves no entry. A draft saved over a draft is in the revisions only.
    /// </summary>
    private void AuditChange(NewsStatus? before, NewsStatus after, NewsForm form, string editor)
    {
        if (form.RestoredFrom is { } revision)
        {
            audit.Add(AuditAction.NewsRestored, editor, form.Slug, $"revision {revision}, {after}");
        }
        else if (after == NewsStatus.Published)
        {
            audit.Add(AuditAction.NewsPublished, editor, form.Slug,
                before == NewsStatus.Published ? "correction of the published item" : "first publication");
        }
        else if (before == NewsStatus.Published)
        {
            audit.Add(AuditAction.NewsUnpublished, editor, form.Slug);
        }
    }

    private async Task<SaveOutcome> SaveWithRevisionAsync(NewsItem item, NewsRevisionAction action, string editor, string? language,
        CancellationToken cancellationToken, DateTime? savedAt = null)
    {
        db.NewsRevisions.Add(new NewsRevision
        {
            NewsItem = item,
            SavedBy = editor,
            SavedAt = savedAt ?? item.UpdatedAt,
            Action = action,
            Version = item.Version,
            Slug = item.Slug,
            Date = item.Date,
            InstitutionId = item.InstitutionId,
            Status = item.Status,
            Language = language,
            Texts = item.Translations.Select(t => new NewsRevisionText
            {
                Language = t.Language, Title = t.Title, Summary = t.Summary, Place = t.Place, BodyMarkdown = t.BodyMarkdown,
            }).ToList(),
        });

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            logger.LogWarning("{Editor} could not save news item {Slug} (#{Id}): another editor saved it first", editor, item.Slug, item.Id);
            return new SaveOutcome(item.Id, IsConflict: true);
        }

        logger.LogInformation("{Editor}: news item {Slug} (#{Id}) {Action}, {Status}, version {Version}",
            editor, item.Slug, item.Id, action, item.Status, item.Version);
        return new SaveOutcome(item.Id, IsConflict: false);
    }

    /// <summary>Puts one language's text on the item; returns the stored text when it is new or its words changed, else null.</summary>
    private NewsTranslation? Apply(NewsItem item, TranslationForm form, DateTime now)
    {
        var stored = item.Translations.FirstOrDefault(t => t.Language == form.Language);
        if (form.IsMissing)
        {
            if (stored is not null)
            {
                item.Translations.Remove(stored);
                db.NewsTranslations.Remove(stored);
            }

            return null;
        }

        if (stored is null)
        {
            stored = new NewsTranslation
            {
                Language = form.Language, Title = "", Summary = "", Place = "", BodyMarkdown = "", BodyHtml = "",
            };
            item.Translations.Add(stored);
        }

        // Browsers send a text area's lines with CRLF; the files and the database keep LF.
        var body = (form.Body ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd() + "\n";
        var (title, summary, place) = (Clean(form.Title), Clean(form.Summary), Clean(form.Place));
        // A language's date moves only when its text does: a save of the same words changes no translation's state.
        var changed = stored.Title != title || stored.Summary != summary || stored.Place != place
            || stored.BodyMarkdown.TrimEnd() != body.TrimEnd();
        if (changed)
        {
            stored.UpdatedAt = now;
        }

        stored.Title = title;
        stored.Summary = summary;
        stored.Place = place;
        stored.BodyMarkdown = body;
        stored.BodyHtml = MarkdownRenderer.ToHtml(body);
        stored.SourcePath = null;
        stored.SourceHash = null;
        if (form.Language == Languages.English)
        {
            stored.EnglishFingerprint = EnglishText.Of(stored).Fingerprint;
        }

        return changed ? stored : null;
    }

    private static string Clean(string? value) => value?.Trim() ?? "";
}
