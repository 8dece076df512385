using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;
using Portal.Web.Content;
using Portal.Web.Data;
using Serilog.Core;

namespace Portal.Web.Infrastructure;

public static class DataSetup
{
    /// <summary>The database, the content import at start-up and the health check that waits for it.</summary>
    public static IServiceCollection AddPortalData(this IServiceCollection services, IConfiguration configuration,
        IHostEnvironment environment)
    {
        services.AddOptions<PortalOptions>()
            .Bind(configuration.GetSection(PortalOptions.Section))
            .PostConfigure(options => options.ContentPath = Path.GetFullPath(options.ContentPath, environment.ContentRootPath))
            .ValidateDataAnnotations()
            .Validate(options => Directory.Exists(options.ContentPath), "Portal:ContentPath must be an existing folder")
            .ValidateOnStart();

        services.AddOptions<DatabaseOptions>()
            .Configure(options =>
            {
                options.ConnectionString = configuration.GetConnectionString("Portal") ?? options.ConnectionString;
                options.Provider = DatabaseOptions.ParseProvider(configuration[DatabaseOptions.ProviderKey]);
            })
            .PostConfigure(options =>
            {
                if (!options.IsPostgreSql)
                {
                    options.ConnectionString = DatabaseOptions.WithFileUnder(environment.ContentRootPath, options.ConnectionString);
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidation>();
        services.AddDbContext<PortalDb>((provider, options) =>
        {
            var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            if (database.IsPostgreSql)
            {
                options.UseNpgsql(database.ConnectionString,
                    npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
            }
            else
            {
                options.UseSqlite(database.ConnectionString,
                    sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
            }

            // Each provider's own migrations, in folders of their own in this one assembly.
            options.ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>();
        });

        services.AddSingleton(TimeProvider.System);
        services.AddScoped<ContentImporter>();
        services.AddScoped<DatabaseMigration>();
        services.AddScoped<StartupSequence>();
        services.AddSingleton<Readiness>();
        // Before the start-up's migration: a restore must not replace the database under it.
        services.AddHostedService<SiteRunningLockHolder>();
        services.AddHostedService<StartupImport>();
        services.AddHealthChecks().AddCheck<ReadinessHealthCheck>(ReadinessHealthCheck.Name);
        // Serilog takes its filters from the services (ReadFrom.Services in Program.cs).
        services.AddSingleton<ILogEventFilter, ReadinessCheckLogFilter>();
        return services;
    }

    /// <summary>Holds every request but <c>/healthz</c> until the database holds a whole site.</summary>
    public static IApplicationBuilder UseReadinessGate(this IApplicationBuilder app) => app.UseMiddleware<ReadinessGate>();
}
