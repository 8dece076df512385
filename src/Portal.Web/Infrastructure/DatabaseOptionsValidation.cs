using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Portal.Web.Infrastructure;

/// <summary>
/// Refuses a <c>ConnectionStrings:Portal</c> the app cannot use, with a sentence that names the setting and what is wrong,
/// before anything is started on it.
/// </summary>
public sealed class DatabaseOptionsValidation : IValidateOptions<DatabaseOptions>
{
    private const int NotADatabase = 26; // SQLITE_NOTADB

    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (!Enum.IsDefined(options.Provider))
        {
            return ValidateOptionsResult.Fail($"{DatabaseOptions.ProviderKey} must be {DatabaseProvider.Sqlite} or {DatabaseProvider.PostgreSql}.");
        }

        if (options.IsPostgreSql)
        {
            return PostgreSql(options.ConnectionString);
        }

        try
        {
            _ = new SqliteConnectionStringBuilder(options.ConnectionString);
        }
        catch (ArgumentException e)
        {
            // The reason names the wrong keyword, never a value: a password in the string stays out of the log.
            return Fail($"is not a SQLite connection string ({FirstSentence(e.Message)}); write it as \"Data Source=App_Data/portal.db\", or set {DatabaseOptions.ProviderKey}=PostgreSql for a PostgreSQL server");
        }

        if (DatabaseOptions.FileIn(options.ConnectionString) is not { } file)
        {
            return ValidateOptionsResult.Success;
        }

        if (Directory.Exists(file))
        {
            return Fail($"names {file}, which is a folder; it must name the database file, such as {Path.Combine(file, "portal.db")}");
        }

        var folder = Path.GetDirectoryName(file)!;
        try
        {
            // Made here rather than by the first migration, so that a folder that cannot be made is reported as a wrong setting.
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Fail($"names a file in {folder}, a folder that cannot be created ({e.Message.TrimEnd('.')})");
        }

        return File.Exists(file) ? Readable(file) : ValidateOptionsResult.Success;
    }

    private static ValidateOptionsResult PostgreSql(string connectionString)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrEmpty(builder.Host)
                ? Fail("names no PostgreSQL server; write it as \"Host=127.0.0.1;Database=portal;Username=portal;Password=...\"")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException e)
        {
            return Fail($"is not a PostgreSQL connection string ({FirstSentence(e.Message)}); write it as \"Host=127.0.0.1;Database=portal;Username=portal;Password=...\"");
        }
    }

    private static ValidateOptionsResult Readable(string file)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """SELECT COUNT(*) FROM "sqlite_master" """;
            command.ExecuteScalar();
            return ValidateOptionsResult.Success;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == NotADatabase)
        {
            return Fail($"names {file}, which is not a SQLite database");
        }
        catch (SqliteException e)
        {
            return Fail($"names {file}, which cannot be opened ({e.Message})");
        }
    }

    private static ValidateOptionsResult Fail(string problem) => ValidateOptionsResult.Fail($"{DatabaseOptions.Key} {problem}.");

    private static string FirstSentence(string message) => message.Split(". ", 2)[0].TrimEnd('.');
}
