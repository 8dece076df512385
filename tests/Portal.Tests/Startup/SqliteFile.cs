using Microsoft.Data.Sqlite;

namespace Portal.Tests.Startup;

/// <summary>Looks into a database file as an operator would with the sqlite3 shell, without keeping it open.</summary>
public static class SqliteFile
{
    /// <summary>The rows of every content table and of the search index, as one line that reads well in a failed assertion.</summary>
    public static string ContentCounts(string path)
    {
        string[] tables = ["Pages", "PageTranslations", "TimelineEntries", "Institutions", "InstitutionTranslations", "News",
            "NewsTranslations", "SearchIndex"];
        return string.Join(", ", tables.Select(table => $"{table}={Scalar(path, $"""SELECT COUNT(*) FROM "{table}" """)}"));
    }

    /// <summary>"ok" when SQLite finds the file sound.</summary>
    public static string IntegrityCheck(string path) => Scalar(path, "PRAGMA integrity_check");

    public static long MigrationLockRows(string path) =>
        Convert.ToInt64(Scalar(path, """SELECT COUNT(*) FROM "__EFMigrationsLock" """), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Whether EF Core has recorded the migration as applied (false while the file or its history table is missing).</summary>
    public static bool HasApplied(string path, string migration) =>
        File.Exists(path)
        && Scalar(path, "SELECT COUNT(*) FROM sqlite_master WHERE name = '__EFMigrationsHistory'") == "1"
        && Scalar(path, $"""SELECT COUNT(*) FROM "__EFMigrationsHistory" WHERE "MigrationId" = '{migration}'""") == "1";

    /// <summary>The first column of every row <paramref name="sql"/> returns.</summary>
    public static IReadOnlyList<string> Column(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }

        return values;
    }

    public static void Execute(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static string Scalar(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }
}
