using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Web.Content;
using Portal.Web.Data;

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

        var connectionString = SqliteFileUnder(environment.ContentRootPath,
            configuration.GetConnectionString("Portal") ?? "Data Source=App_Data/portal.db");
        services.AddDbContext<PortalDb>(options => options.UseSqlite(connectionString,
            sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)));

        services.AddSingleton(TimeProvider.System);
        services.AddScoped<ContentImporter>();
        services.AddScoped<DatabaseMigration>();
        services.AddScoped<StartupSequence>();
        services.AddSingleton<Readiness>();
        services.AddHostedService<StartupImport>();
        services.AddHealthChecks().AddCheck<ReadinessHealthCheck>(ReadinessHealthCheck.Name);
        return services;
    }

    /// <summary>Holds every request but <c>/healthz</c> until the content is in the database.</summary>
    public static IApplicationBuilder UseReadinessGate(this IApplicationBuilder app) => app.UseMiddleware<ReadinessGate>();

    /// <summary>A relative SQLite file is taken from the app's folder, and its folder is created if missing.</summary>
    public static string SqliteFileUnder(string contentRoot, string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is { Length: > 0 } file && file != ":memory:" && !file.StartsWith("file:", StringComparison.Ordinal))
        {
            builder.DataSource = Path.GetFullPath(file, contentRoot);
            Directory.CreateDirectory(Path.GetDirectoryName(builder.DataSource)!);
        }

        return builder.ToString();
    }
}
