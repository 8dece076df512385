using Microsoft.Data.Sqlite;

namespace Portal.Web.Infrastructure;

/// <summary>
/// The database: <c>Portal:Database:Provider</c> (Sqlite by default, or PostgreSql) and <c>ConnectionStrings:Portal</c>, a SQLite
/// file (a relative path is taken from the app's folder) or an Npgsql connection string.
/// </summary>
public sealed class DatabaseOptions
{
    public const string Key = "ConnectionStrings:Portal";
    public const string ProviderKey = "Portal:Database:Provider";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    public string ConnectionString { get; set; } = "Data Source=App_Data/portal.db";

    public bool IsPostgreSql => Provider == DatabaseProvider.PostgreSql;

    /// <summary>The provider a setting names, in any case; an unknown name gives a value that validation refuses.</summary>
    public static DatabaseProvider ParseProvider(string? name) =>
        string.IsNullOrWhiteSpace(name) ? DatabaseProvider.Sqlite
        : Enum.TryParse<DatabaseProvider>(name.Trim(), ignoreCase: true, out var provider) && Enum.IsDefined(provider) && !char.IsDigit(name.Trim()[0])
            ? provider
            : (DatabaseProvider)(-1);

    /// <summary>The file the connection string names; null for an in-memory or URI database, or a string that is not SQLite's.</summary>
    public static string? FileIn(string connectionString)
    {
        try
        {
            var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
            return dataSource is { Length: > 0 } && dataSource != ":memory:" && !dataSource.StartsWith("file:", StringComparison.Ordinal)
                ? dataSource
                : null;
        }
        catch (ArgumentException)
        {
            return null; // reported by DatabaseOptionsValidation
        }
    }

    /// <summary>The connection string with its file's path made absolute, taken from <paramref name="contentRoot"/>.</summary>
    public static string WithFileUnder(string contentRoot, string connectionString)
    {
        if (FileIn(connectionString) is not { } file)
        {
            return connectionString;
        }

        var builder = new SqliteConnectionStringBuilder(connectionString) { DataSource = Path.GetFullPath(file, contentRoot) };
        return builder.ToString();
    }
}
