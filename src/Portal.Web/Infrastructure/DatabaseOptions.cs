using Microsoft.Data.Sqlite;

namespace Portal.Web.Infrastructure;

/// <summary>The database: <c>ConnectionStrings:Portal</c>, a SQLite file; a relative path is taken from the app's folder.</summary>
public sealed class DatabaseOptions
{
    public const string Key = "ConnectionStrings:Portal";

    public string ConnectionString { get; set; } = "Data Source=App_Data/portal.db";

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
