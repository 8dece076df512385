using Portal.Web.Infrastructure;

namespace Portal.Web.Cli.Backup;

/// <summary>The database file the site opens with the same settings: appsettings, environment variables, arguments.</summary>
public static class ConfiguredDatabase
{
    public static string FileFor(IReadOnlyList<string> configuration)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [.. configuration],
            ApplicationName = typeof(Program).Assembly.GetName().Name,
        });

        // AddPortalData's rule, without its check that the file opens: a damaged database is what a restore replaces.
        var connectionString = DatabaseOptions.WithFileUnder(builder.Environment.ContentRootPath,
            builder.Configuration.GetConnectionString("Portal") ?? new DatabaseOptions().ConnectionString);
        return DatabaseOptions.FileIn(connectionString)
            ?? throw new CommandException(
                $"{DatabaseOptions.Key} names no SQLite database file; backup and restore work on a file, such as \"Data Source=App_Data/portal.db\".");
    }
}
