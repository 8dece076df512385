using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;

namespace Portal.Web.Caching;

/// <summary>
/// The shared (Redis) output cache, but a cache that cannot be reached is a miss rather than an error page: readers get
/// pages rendered from the database while Redis is down. An eviction that could not be made is kept and made before the
/// next read is answered from the cache, so that no page older than a change is served when Redis is back.
/// </summary>
public sealed class ResilientOutputCacheStore(IOutputCacheStore shared, ILogger<ResilientOutputCacheStore> logger) : IOutputCacheStore
{
    private readonly ConcurrentDictionary<string, bool> pendingEvictions = new(StringComparer.Ordinal);

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await EvictPendingAsync(cancellationToken) ? await shared.GetAsync(key, cancellationToken) : null;
        }
        catch (Exception e) when (IsUnreachable(e, cancellationToken))
        {
            logger.LogWarning("The shared output cache cannot be read ({Reason}): the page is rendered from the database", e.Message);
            return null;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        try
        {
            await shared.SetAsync(key, value, tags, validFor, cancellationToken);
        }
        catch (Exception e) when (IsUnreachable(e, cancellationToken))
        {
            logger.LogWarning("The shared output cache cannot be written ({Reason})", e.Message);
        }
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        pendingEvictions[tag] = true;
        try
        {
            await EvictPendingAsync(cancellationToken);
        }
        catch (Exception e) when (IsUnreachable(e, cancellationToken))
        {
            logger.LogError("The shared output cache cannot evict {Tag} now ({Reason}): it will before its next page is served",
                tag, e.Message);
        }
    }

    /// <summary>Makes every eviction still owed; true when none is left.</summary>
    private async ValueTask<bool> EvictPendingAsync(CancellationToken cancellationToken)
    {
        foreach (var tag in pendingEvictions.Keys)
        {
            await shared.EvictByTagAsync(tag, cancellationToken);
            pendingEvictions.TryRemove(tag, out _);
        }

        return pendingEvictions.IsEmpty;
    }

    // Redis down, refusing or timing out; never the request's own cancellation.
    private static bool IsUnreachable(Exception e, CancellationToken cancellationToken) =>
        e is not OperationCanceledException || !cancellationToken.IsCancellationRequested;
}
