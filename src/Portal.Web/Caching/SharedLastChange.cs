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
    private ConnectionMultiplexer? redis;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var options = ConfigurationOptions.Parse(redisConfiguration);
        options.AbortOnConnectFail = false; // Redis down at start-up: the site starts, and connects when Redis is back
        redis = await ConnectionMultiplexer.ConnectAsync(options);
        var subscriber = redis.GetSubscriber();
        await subscriber.SubscribeAsync(Channel, (_, message) =>
        {
            if (long.TryParse((string?)message, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
            {
                cache.ChangedAt(new DateTimeOffset(ticks, TimeSpan.Zero));
            }
        });
        cache.Broadcast = async time =>
        {
            try
            {
                await subscriber.PublishAsync(Channel, time.UtcTicks.ToString(CultureInfo.InvariantCulture));
            }
            catch (RedisException e)
            {
                logger.LogWarning(e, "Could not tell the other instances that the content changed");
            }
        };
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        cache.Broadcast = null;
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (redis is not null)
        {
            await redis.DisposeAsync();
        }
    }
}
