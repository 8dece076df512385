using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Areas.Admin;
using Portal.Web.Data;
using Portal.Web.Infrastructure;
using StackExchange.Redis;

namespace Portal.Web.Caching;

public static class CachingSetup
{
    /// <summary><c>ConnectionStrings:Redis</c>, a StackExchange.Redis configuration such as <c>127.0.0.1:6379</c>.</summary>
    public const string RedisConnection = "Redis";

    /// <summary>Public pages, feeds and the sitemap from ASP.NET Core's output cache, evicted by tag when content changes.</summary>
    public static IServiceCollection AddPublicCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HttpCacheOptions>()
            .Bind(configuration.GetSection(HttpCacheOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddOutputCache(cache =>
            cache.AddPolicy(PublicCachePolicy.Name, policy => policy.AddPolicy<PublicCachePolicy>(), excludeDefaultPolicy: true));
        // Several instances: one store in Redis, so that a change saved on one evicts the page on all.
        if (configuration.GetConnectionString(RedisConnection) is { Length: > 0 } redis)
        {
            services.AddStackExchangeRedisOutputCache(store =>
            {
                // Redis down: commands fail at once (a miss, see ResilientOutputCacheStore) instead of holding readers 5 s each.
                store.ConfigurationOptions = ConfigurationOptions.Parse(redis);
                store.ConfigurationOptions.AbortOnConnectFail = false;
                store.ConfigurationOptions.BacklogPolicy = BacklogPolicy.FailFast;
                store.InstanceName = "portal:";
            });
            var redisStore = services.Last(service => service.ServiceType == typeof(IOutputCacheStore));
            services.Remove(redisStore);
            services.AddSingleton<IOutputCacheStore>(provider => new ResilientOutputCacheStore(
                (IOutputCacheStore)(redisStore.ImplementationFactory?.Invoke(provider)
                    ?? ActivatorUtilities.CreateInstance(provider, redisStore.ImplementationType!)),
                provider.GetRequiredService<ILogger<ResilientOutputCacheStore>>()));
            services.AddHostedService(provider => new SharedLastChange(provider.GetRequiredService<PublicCache>(), redis,
                provider.GetRequiredService<ILogger<SharedLastChange>>()));
        }

        services.AddSingleton<PublicCache>();
        // After AddPortalSearch: its interceptor commits the save before this one evicts.
        services.AddSingleton<PublicCacheInterceptor>();
        services.ConfigureDbContext<PortalDb>((provider, options) => options.AddInterceptors(provider.GetRequiredService<PublicCacheInterceptor>()));
        services.AddScoped<IAfterImport, PublicCacheAfterImport>();
        return services;
    }

    /// <summary>
    /// After routing (the policy is the endpoint's) and before compression, so that a hit is the compressed bytes as they were
    /// sent the first time; then the validators of every public response; the newsroom is never kept by anyone.
    /// </summary>
    public static IApplicationBuilder UsePublicCache(this IApplicationBuilder app)
    {
        app.UseOutputCache();
        app.UsePortalCompression();
        app.UseMiddleware<ConditionalResponses>();
        return app.Use((context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(AdminSetup.PathPrefix))
            {
                context.Response.Headers.CacheControl = "no-store";
            }

            return next(context);
        });
    }

    /// <summary>An endpoint of the public site (feed, sitemap, robots.txt), kept with the tags of what it shows.</summary>
    public static TBuilder CachePublic<TBuilder>(this TBuilder endpoint, params string[] tags)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.CacheOutput(policy => policy.AddPolicy<PublicCachePolicy>().Tag([CacheTags.All, .. tags]), excludeDefaultPolicy: true);
}
