using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Web.Data;

namespace Portal.Web.Search;

/// <summary>
/// Keeps the search index in step with every save of <see cref="PortalDb"/> (the content import, the admin area, anything
/// else), without the writers knowing about it. The rows of the items a save touches are rewritten in the same
/// transaction as the save: the index never holds what the tables do not.
/// </summary>
/// <remarks>
/// An interceptor rather than SQLite triggers: the index holds plain text made from the stored HTML, which SQL cannot
/// do, and "published and not deleted" stays written once, in C#.
/// </remarks>
public sealed class SearchIndexInterceptor : SaveChangesInterceptor
{
    private sealed class PendingSave(List<object> entities, IDbContextTransaction? ownTransaction)
    {
        public List<object> Entities { get; } = entities;
        public IDbContextTransaction? OwnTransaction { get; } = ownTransaction;
    }

    private readonly ConditionalWeakTable<DbContext, PendingSave> pending = [];

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is PortalDb db)
        {
            // A save only finishes what it began: an entry that an earlier save of this context left, with no event to end it, goes first.
            await AbandonAsync(db);
            var touched = Touched(db);
            if (touched.Count > 0)
            {
                // The save and the index update commit together; a transaction the caller opened is used as it is.
                var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
                pending.AddOrUpdate(db, new PendingSave(touched, own));
            }
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is PortalDb db && pending.TryGetValue(db, out var save))
        {
            pending.Remove(db);
            try
            {
                await SearchIndex.UpdateAsync(db, await KeysAsync(db, save.Entities, cancellationToken), cancellationToken);
                if (save.OwnTransaction is not null)
                {
                    await save.OwnTransaction.CommitAsync(cancellationToken);
                }
            }
            finally
            {
                if (save.OwnTransaction is not null)
                {
                    await save.OwnTransaction.DisposeAsync();
                }
            }
        }

        return result;
    }

    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default) =>
        await AbandonAsync(eventData.Context);

    public override async Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default) =>
        await AbandonAsync(eventData.Context);

    // The synchronous SaveChanges takes the same path; SQLite's ADO.NET calls complete synchronously anyway.
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        SavingChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override void SaveChangesFailed(DbContextErrorEventData eventData) =>
        AbandonAsync(eventData.Context).GetAwaiter().GetResult();

    public override void SaveChangesCanceled(DbContextEventData eventData) =>
        AbandonAsync(eventData.Context).GetAwaiter().GetResult();

    private async Task AbandonAsync(DbContext? context)
    {
        if (context is not null && pending.TryGetValue(context, out var save))
        {
            pending.Remove(context);
            if (save.OwnTransaction is not null)
            {
                await save.OwnTransaction.DisposeAsync(); // rolls back
            }
        }
    }

    /// <summary>The entities of this save that the index depends on; their keys are read after the save, when new ones have ids.</summary>
    private static List<object> Touched(PortalDb db)
    {
        if (db.ChangeTracker.AutoDetectChangesEnabled)
        {
            db.ChangeTracker.DetectChanges();
        }

        return db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity)
            .Where(e => e is Page or PageTranslation or TimelineEntry or Institution or InstitutionTranslation or NewsItem or NewsTranslation)
            .ToList();
    }

    private static async Task<List<SearchKey>> KeysAsync(PortalDb db, List<object> entities, CancellationToken cancellationToken)
    {
        var keys = entities.Select(entity => entity switch
        {
            Page page => new SearchKey(SearchKind.Page, page.Id),
            PageTranslation text => new SearchKey(SearchKind.Page, text.PageId),
            Institution institution => new SearchKey(SearchKind.Institution, institution.Id),
            InstitutionTranslation text => new SearchKey(SearchKind.Institution, text.InstitutionId),
            NewsItem item => new SearchKey(SearchKind.News, item.Id),
            NewsTranslation text => new SearchKey(SearchKind.News, text.NewsItemId),
            _ => (SearchKey?)null,
        }).OfType<SearchKey>().ToHashSet();

        // A timeline entry belongs to a page through its translation.
        var timelineTexts = entities.OfType<TimelineEntry>().Select(e => e.PageTranslationId).Distinct().ToList();
        if (timelineTexts.Count > 0)
        {
            var pageIds = await db.PageTranslations.AsNoTracking().Where(t => timelineTexts.Contains(t.Id)).Select(t => t.PageId)
                .ToListAsync(cancellationToken);
            keys.UnionWith(pageIds.Select(id => new SearchKey(SearchKind.Page, id)));
        }

        return [.. keys];
    }
}
