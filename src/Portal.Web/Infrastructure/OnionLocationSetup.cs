namespace Portal.Web.Infrastructure;

/// <summary>The onion setting, checked at start-up, and the header that announces it.</summary>
public static class OnionLocationSetup
{
    public static IServiceCollection AddOnionLocation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OnionOptions>().Bind(configuration.GetSection(PortalOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }

    public static IApplicationBuilder UseOnionLocation(this IApplicationBuilder app) => app.UseMiddleware<OnionLocation>();
}
