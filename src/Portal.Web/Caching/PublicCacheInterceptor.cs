using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Portal.Web.Data;

namespace Portal.Web.Caching;

/// <summary>
/// Every save of <see cref="PortalDb"/> that changes what readers see (the newsroom, the import, anything else) evicts the
/// cached pages that show it, once the save is in: no writer has to remember to, and no reader gets a stale page.
/// </summary>
/// <remarks>Registered after the search index's interceptor, whose own transaction is committed by the time this one evicts.</remarks>
public sealed class PublicCacheInterceptor(PublicCache cache) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<string>> pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db && pending.TryGetValue(db, out var tags))
        {
            pending.Remove(db);
            // Not the caller's token: once the save is in, its pages must go, even if the request that saved has gone.
            await cache.EvictAsync(tags, CancellationToken.None);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) =>
        SavedChangesAsync(eventData, result).AsTask().GetAwaiter().GetResult();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            pending.Remove(context);
        }
    }

    private void Collect(DbContext? context)
    {
        if (context is not PortalDb db)
        {
            return;
        }

        if (db.ChangeTracker.AutoDetectChangesEnabled)
        {
            db.ChangeTracker.DetectChanges();
        }

        var changed = db.ChangeTracker.Entries()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        var tags = TagsOf(db, changed);
        if (tags.Count > 0)
        {
            pending.AddOrUpdate(db, tags);
        }
    }

    /// <summary>What readers see of the changed entities, before the save (original values) and after it.</summary>
    private static List<string> TagsOf(PortalDb db, List<EntityEntry> changed)
    {
        var newsItems = new HashSet<NewsItem>(ReferenceEqualityComparer.Instance);
        foreach (var entry in changed)
        {
            switch (entry.Entity)
            {
                case NewsItem item:
                    newsItems.Add(item);
                    break;
                case NewsTranslation text when (text.NewsItem ?? db.News.Local.FirstOrDefault(n => n.Id == text.NewsItemId)) is { } item:
                    newsItems.Add(item);
                    break;
                // A text whose item is not loaded: where it shows is unknown here.
                case NewsTranslation:
                // A fixed page, an institution or a timeline shows up in many places (the home page, news cards, search).
                case Page or PageTranslation or TimelineEntry or Institution or InstitutionTranslation:
                    return [CacheTags.All];
            }
        }

        if (newsItems.Count == 0)
        {
            return [];
        }

        var slugs = new HashSet<string>();
        var institutionIds = new HashSet<int>();
        foreach (var item in newsItems)
        {
            var entry = db.Entry(item);
            slugs.Add(item.Slug);
            slugs.Add((string)entry.Property(nameof(NewsItem.Slug)).OriginalValue!);
            institutionIds.Add(item.InstitutionId);
            institutionIds.Add((int)entry.Property(nameof(NewsItem.InstitutionId)).OriginalValue!);
        }

        // One query for the whole save: an import batch changes a hundred items at once.
        var institutions = db.Institutions.AsNoTracking().Where(i => institutionIds.Contains(i.Id)).Select(i => i.Slug).ToList();
        return [.. CacheTags.OfNewsItem(slugs, institutions)];
    }
}
