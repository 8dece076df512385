using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Portal.Web.Data;
using Portal.Web.Infrastructure;

namespace Portal.Web.Cli.Backup;

/// <summary>
/// A copy of a database that a backup or a restore has written under a temporary name of its own, checked before it gets
/// its final name. Every connection is unpooled, so that nothing holds the file once a method returns.
/// </summary>
public sealed class DatabaseCopy(string path, string shownName)
{
    private const int Corrupt = 11; // SQLITE_CORRUPT
    private const int NotADatabase = 26; // SQLITE_NOTADB
    private static readonly byte[] SqliteHeader = "SQLite format 3\0"u8.ToArray();

    public string Path => path;

    /// <summary>Refuses a file that is not a SQLite database, or one that SQLite does not find sound.</summary>
    public void CheckIntegrity()
    {
        if (!HasSqliteHeader())
        {
            throw new CommandException($"{shownName} is not a SQLite database.");
        }

        var result = string.Join("; ", Query("PRAGMA integrity_check", reader => reader.GetString(0)).Take(5));
        if (result != "ok")
        {
            throw new CommandException($"{shownName} is damaged: SQLite's integrity check finds {result.TrimEnd('.')}.");
        }
    }

    /// <summary>Refuses a database that is not this portal's, or one that a newer version of the portal has migrated.</summary>
    public void CheckMigrations()
    {
        var applied = Tables().Contains("__EFMigrationsHistory")
            ? Query("""SELECT "MigrationId" FROM "__EFMigrationsHistory" """, reader => reader.GetString(0))
            : [];
        if (applied.Count == 0)
        {
            throw new CommandException($"{shownName} is a SQLite database, but not one of this portal: it records no migration.");
        }

        var unknown = applied.Except(KnownMigrations(), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            throw new CommandException($"{shownName} was written by a newer version of the portal: it has migrations this version "
                + $"does not know ({string.Join(", ", unknown)}). Restore it with that version, or update this one first.");
        }
    }

    /// <summary><c>DELETE</c> for a backup (one self-contained file), <c>WAL</c> for a restored database (as the site makes it).</summary>
    public void SetJournalMode(string mode)
    {
        var set = Query($"PRAGMA journal_mode = {mode}", reader => reader.GetString(0)).Single();
        if (!set.Equals(mode, StringComparison.OrdinalIgnoreCase))
        {
            throw new CommandException($"{shownName} stayed in journal mode {set} instead of {mode}.");
        }
    }

    /// <summary>Readable by its owner only: the copy holds the editors' accounts (password hashes, sign-in secrets).</summary>
    public void KeepPrivate()
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    /// <summary>The permissions of the database it replaces, so that the site reads the restored file as it read the old one.</summary>
    public void TakePermissionsOf(string database)
    {
        if (!OperatingSystem.IsWindows() && File.Exists(database))
        {
            File.SetUnixFileMode(path, File.GetUnixFileMode(database));
        }
    }

    /// <summary>Makes sure the copy is on the disk before it is given its final name (SQLite does not sync VACUUM INTO's output).</summary>
    public void FlushToDisk()
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite);
        file.Flush(flushToDisk: true);
    }

    public BackupContents Contents()
    {
        var tables = Tables();
        var (items, newestDate, lastChange) = tables.Contains("News")
            ? Query("""SELECT COUNT(*), MAX("Date"), MAX("UpdatedAt") FROM "News" WHERE NOT "IsDeleted" """,
                reader => (reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : Minutes(reader.GetString(2))))
                .Single()
            : (0L, null, null);
        var accounts = tables.Contains("AspNetUsers")
            ? Query("""SELECT COUNT(*) FROM "AspNetUsers" """, reader => reader.GetInt64(0)).Single()
            : 0;
        return new BackupContents(items, newestDate, lastChange, accounts, new FileInfo(path).Length);
    }

    public static SqliteConnection Open(string file, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private bool HasSqliteHeader()
    {
        var start = new byte[SqliteHeader.Length];
        using var file = File.OpenRead(path);
        return file.ReadAtLeast(start, start.Length, throwOnEndOfStream: false) == start.Length && start.AsSpan().SequenceEqual(SqliteHeader);
    }

    private HashSet<string> Tables() =>
        [.. Query("""SELECT "name" FROM "sqlite_master" WHERE "type" = 'table'""", reader => reader.GetString(0))];

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read)
    {
        try
        {
            using var connection = Open(path, SqliteOpenMode.ReadWrite);
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var rows = new List<T>();
            while (reader.Read())
            {
                rows.Add(read(reader));
            }

            return rows;
        }
        catch (SqliteException e)
        {
            var reason = e.Message.TrimEnd('.');
            throw new CommandException(e.SqliteErrorCode switch
            {
                NotADatabase => $"{shownName} is not a SQLite database ({reason}).",
                Corrupt => $"{shownName} is damaged: SQLite cannot read it ({reason}).",
                _ => $"{shownName} cannot be read ({reason}).",
            });
        }
    }

    /// <summary>The migrations this build of the app has, read from its assembly without opening any database.</summary>
    private static IEnumerable<string> KnownMigrations()
    {
        // SQLite's migrations only: the assembly holds PostgreSQL's too.
        using var db = new PortalDb(new DbContextOptionsBuilder<PortalDb>().UseSqlite("Data Source=:memory:")
            .ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>().Options);
        return [.. db.Database.GetMigrations()];
    }

    private static string Minutes(string stored) =>
        DateTime.TryParse(stored, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : stored;
}
