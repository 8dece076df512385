using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Localization;

namespace Portal.Web.Areas.Admin.Translations;

/// <summary>A news item waiting for a translator: its text is missing or older than the English, since the English last changed.</summary>
public sealed record QueueEntry(int Id, string Slug, string Title, DateOnly Date, NewsStatus Status, TranslationState State, DateTime EnglishChangedAt);

/// <summary>How many items one language lacks or has out of date.</summary>
public sealed record QueueCount(string Language, int Missing, int OutOfDate);

/// <summary>Every language's translation queue, drafts included (they are translated before they are published).</summary>
public sealed class TranslationQueue(PortalDb db)
{
    public static IEnumerable<string> TargetLanguages => Languages.All.Where(l => l != Languages.English);

    public static bool IsTarget(string? language) => Languages.IsSupported(language) && language != Languages.English;

    public async Task<IReadOnlyList<QueueCount>> CountsAsync(CancellationToken cancellationToken)
    {
        var waiting = await WaitingAsync(cancellationToken);
        return TargetLanguages.Select(language => new QueueCount(language,
            waiting.Count(e => e.Language == language && e.Entry.State == TranslationState.Missing),
            waiting.Count(e => e.Language == language && e.Entry.State == TranslationState.OlderThanEnglish))).ToList();
    }

    /// <summary>One language's queue, the longest waiting first.</summary>
    public async Task<IReadOnlyList<QueueEntry>> ForAsync(string language, CancellationToken cancellationToken) =>
        (await WaitingAsync(cancellationToken)).Where(e => e.Language == language).Select(e => e.Entry)
            .OrderBy(e => e.EnglishChangedAt).ThenBy(e => e.Id).ToList();

    // A few hundred items a year: their states are told in memory from one query that reads no text but the English title
    // (about 0.2 s at 10,000 items, each with two languages; the rule stays written once, in TranslationStatus).
    private async Task<List<(string Language, QueueEntry Entry)>> WaitingAsync(CancellationToken cancellationToken)
    {
        var items = await db.News.AsNoTracking()
            .Select(n => new
            {
                n.Id,
                n.Slug,
                n.Date,
                n.Status,
                English = n.Translations.Where(t => t.Language == Languages.English)
                    .Select(t => new { t.Title, Mark = new TextMark(t.EnglishFingerprint, t.UpdatedAt) }).FirstOrDefault(),
                Texts = n.Translations.Where(t => t.Language != Languages.English)
                    .Select(t => new { t.Language, Mark = new TextMark(t.EnglishFingerprint, t.UpdatedAt) }).ToList(),
            })
            .ToListAsync(cancellationToken);

        var waiting = new List<(string, QueueEntry)>();
        foreach (var item in items.Where(i => i.English is not null))
        {
            foreach (var language in TargetLanguages)
            {
                var state = TranslationStatus.Of(item.English!.Mark, item.Texts.FirstOrDefault(t => t.Language == language)?.Mark);
                if (state != TranslationState.UpToDate)
                {
                    waiting.Add((language, new QueueEntry(item.Id, item.Slug, item.English.Title, item.Date, item.Status, state,
                        item.English.Mark.UpdatedAt)));
                }
            }
        }

        return waiting;
    }
}
