using System.Globalization;
using StackExchange.Redis;

namespace Portal.Web.Caching;

/// <summary>
/// With the output cache in Redis: every instance hears when the public content changed on another, so that its
/// <see cref="PublicCache.LastChange"/> (every public page's <c>Last-Modified</c>) moves too. Otherwise a page rendered by an
/// instance that saved nothing would carry an older date than the change, and a conditional request by date alone would be
/// answered 304 with the reader's old copy.
/// </summary>
public sealed class SharedLastChange(PublicCache cache, string redisConfiguration, ILogger<SharedLastChange> logger) : IHostedService, IAsyncDisposable
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("portal:content-changed");
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);
    private readonly CancellationTokenSource stopping = new();
    private ConnectionMultiplexer? redis;
    private Task listening = Task.CompletedTask;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = ConfigurationOptions.Parse(redisConfiguration);
        options.AbortOnConnectFail = false; // Redis down at start-up: the site starts, and connects when Redis is back
        options.BacklogPolicy = BacklogPolicy.FailFast;
        redis = await ConnectionMultiplexer.ConnectAsync(options);
        var subscriber = redis.GetSubscriber();
        cache.Broadcast = async time =>
        {
            try
            {
                await subscriber.PublishAsync(Channel, time.UtcTicks.ToString(CultureInfo.InvariantCulture));
            }
            catch (Exception e) when (IsUnreachable(e))
            {
                logger.LogWarning(e, "Could not tell the other instances that the content changed");
            }
        };
        listening = ListenAsync(subscriber, stopping.Token);
    }

    /// <summary>Subscribes, and while Redis cannot be reached tries again every few seconds, without holding the start.</summary>
    private async Task ListenAsync(ISubscriber subscriber, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await subscriber.SubscribeAsync(Channel, (_, message) =>
                {
                    if (long.TryParse((string?)message, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
                    {
                        cache.ChangedAt(new DateTimeOffset(ticks, TimeSpan.Zero));
                    }
                });
                return;
            }
            catch (Exception e) when (IsUnreachable(e))
            {
                logger.LogWarning("Cannot hear of other instances' changes yet ({Reason}); trying again", e.Message);
                await Task.Delay(RetryDelay, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    // Redis down or refusing (RedisException), or too slow to answer: RedisTimeoutException is a TimeoutException, not a
    // RedisException, and one escaping here would fail an editor's save after its commit or the host's stop.
    private static bool IsUnreachable(Exception e) => e is RedisException or TimeoutException;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        cache.Broadcast = null;
        await stopping.CancelAsync();
        await listening;
    }

    public async ValueTask DisposeAsync()
    {
        stopping.Dispose();
        if (redis is not null)
        {
            await redis.DisposeAsync();
        }
    }
}
