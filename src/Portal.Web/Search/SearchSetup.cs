using Microsoft.EntityFrameworkCore;
using Portal.Web.Data;
using Portal.Web.Infrastructure;

namespace Portal.Web.Search;

public static class SearchSetup
{
    /// <summary>The search index kept in step with every save of <see cref="PortalDb"/>, and filled at start-up if empty.</summary>
    public static IServiceCollection AddPortalSearch(this IServiceCollection services)
    {
        services.AddSingleton<SearchIndexInterceptor>();
        services.ConfigureDbContext<PortalDb>((provider, options) => options.AddInterceptors(provider.GetRequiredService<SearchIndexInterceptor>()));
        services.AddScoped<IAfterImport, SearchIndexStartup>();
        return services;
    }
}
