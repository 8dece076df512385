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

        var tags = db.ChangeTracker.Entries()
            .Where(entry => entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .SelectMany(entry => TagsOf(db, entry))
            .Distinct()
            .ToList();
        if (tags.Count > 0)
        {
            pending.AddOrUpdate(db, tags);
        }
    }

    /// <summary>What readers see of a changed entity, before the save (original values) and after it.</summary>
    private static IEnumerable<string> TagsOf(PortalDb db, EntityEntry entry) => entry.Entity switch
    {
        NewsItem item => NewsTags(db, entry, item),
        NewsTranslation text => NewsTags(db, null, text.NewsItem ?? db.News.Local.FirstOrDefault(n => n.Id == text.NewsItemId)),
        // A fixed page, an institution or a timeline shows up in many places (the home page, news cards, search): all of it goes.
        Page or PageTranslation or TimelineEntry or Institution or InstitutionTranslation => [CacheTags.All],
        _ => [],
    };

    private static IEnumerable<string> NewsTags(PortalDb db, EntityEntry? entry, NewsItem? item)
    {
        if (item is null)
        {
            return [CacheTags.All]; // a text whose item is not loaded: where it shows is unknown here
        }

        var itemEntry = entry ?? db.Entry(item);
        string[] slugs = [item.Slug, (string)itemEntry.Property(nameof(NewsItem.Slug)).OriginalValue!];
        int[] institutionIds = [item.InstitutionId, (int)itemEntry.Property(nameof(NewsItem.InstitutionId)).OriginalValue!];
        var institutions = db.Institutions.AsNoTracking().Where(i => institutionIds.Contains(i.Id)).Select(i => i.Slug).ToList();
        return CacheTags.OfNewsItem(slugs, institutions);
    }
}
