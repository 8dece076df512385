using Microsoft.AspNetCore.OutputCaching;

namespace Portal.Web.Caching;

/// <summary>The one door for "the content changed": the pages that show it leave the cache, and the site's last change moves.</summary>
public sealed class PublicCache(IOutputCacheStore store, TimeProvider clock, ILogger<PublicCache> logger)
{
    private long lastChangeTicks = DateTimeOffset.UnixEpoch.UtcTicks;

    /// <summary>When the public content last changed: <c>Last-Modified</c> of every public page.</summary>
    public DateTimeOffset LastChange => new(Interlocked.Read(ref lastChangeTicks), TimeSpan.Zero);

    /// <summary>Set when other instances share the cache: tells them the time of a change, before its pages are evicted.</summary>
    public Func<DateTimeOffset, Task>? Broadcast { get; set; }

    public async Task EvictAsync(IEnumerable<string> tags, CancellationToken cancellationToken)
    {
        var evicted = tags.Distinct().ToList();
        if (Broadcast is { } broadcast)
        {
            await broadcast(clock.GetUtcNow());
        }

        foreach (var tag in evicted)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }

        ChangedAt(clock.GetUtcNow());
        logger.LogDebug("Public cache: evicted {Tags}", evicted);
    }

    /// <summary>Moves the last change forward (never back: a page's date only grows).</summary>
    public void ChangedAt(DateTimeOffset time)
    {
        // HTTP dates have whole seconds: a page changed within a second of a conditional request's date must not pass as unchanged.
        var ticks = time.UtcTicks - (time.UtcTicks % TimeSpan.TicksPerSecond) + TimeSpan.TicksPerSecond;
        for (var seen = Interlocked.Read(ref lastChangeTicks); ticks > seen;)
        {
            var previous = Interlocked.CompareExchange(ref lastChangeTicks, ticks, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }
}
