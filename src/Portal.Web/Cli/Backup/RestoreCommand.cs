using System.Globalization;
using Microsoft.Data.Sqlite;
using Portal.Web.Infrastructure;

namespace Portal.Web.Cli.Backup;

/// <summary>
/// <c>restore FILE</c>: puts a backup in place of the database while the site is stopped. FILE is copied beside the
/// database and checked there (a SQLite file, sound, of this portal, no newer than this version); then, holding the
/// <see cref="SiteRunningLock"/> exclusively, the current database is renamed aside and the checked copy renamed into its
/// place. The site's next start migrates the restored database forward.
/// </summary>
public static class RestoreCommand
{
    public const string Usage = "Usage: Portal.Web restore FILE [--ConnectionStrings:Portal=...]   (with the site stopped)";

    /// <summary>0 when the backup is in place; 1 when it was refused or failed, with a message; 2 when the arguments were not understood.</summary>
    public static async Task<int> RunAsync(string[] args, CommandConsole console)
    {
        if (args is not ["restore", var file, .. var configuration] || file.StartsWith('-'))
        {
            await console.Error.WriteLineAsync(Usage);
            return 2;
        }

        try
        {
            await console.Out.WriteLineAsync(Restore(Path.GetFullPath(file), configuration));
            return 0;
        }
        catch (CommandException e)
        {
            await console.Error.WriteLineAsync("Error: " + e.Message + " Nothing was changed.");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync("Error: the restore failed: " + e.Message);
            return 1;
        }
    }

    private static string Restore(string backup, string[] configuration)
    {
        if (!File.Exists(backup))
        {
            throw new CommandException(Directory.Exists(backup) ? $"{backup} is a folder, not a backup file." : $"There is no file {backup}.");
        }

        if (new FileInfo(backup + "-wal") is { Exists: true, Length: > 0 })
        {
            // A database's own file, not a backup: its last changes are in the WAL, which a copy of the file alone leaves out.
            throw new CommandException($"{backup}-wal lies beside it: {backup} is the file of a database in use or not closed cleanly, "
                + "and its last changes are in that WAL. Make a backup of it first (backup NEW --ConnectionStrings:Portal=\"Data Source="
                + backup + "\") and restore that.");
        }

        var database = ConfiguredDatabase.FileFor(configuration);
        var folder = Path.GetDirectoryName(database)!;
        if (!Directory.Exists(folder))
        {
            throw new CommandException(
                $"The database's folder {folder} does not exist; check ConnectionStrings:Portal, or create the folder for a first restore on a new machine.");
        }

        // Beside the database, so that the last step is a rename within one file system.
        var copy = new DatabaseCopy(database + ".restoring-" + Guid.NewGuid().ToString("N")[..8], backup);
        try
        {
            File.Copy(backup, copy.Path);
            copy.CheckIntegrity();
            copy.CheckMigrations();
            var contents = copy.Contents();
            copy.SetJournalMode("WAL"); // as the site makes its database
            copy.TakePermissionsOf(database);
            copy.FlushToDisk();

            using var exclusive = SiteRunningLock.TryExclusive(database)
                ?? throw new CommandException($"The site is running on {database} (a process holds {SiteRunningLock.PathFor(database)}). "
                    + "Stop it first (for example: systemctl stop portal), then restore.");
            var kept = KeepAside(database);
            try
            {
                File.Move(copy.Path, database);
            }
            catch (Exception e) when (kept is not null && e is IOException or UnauthorizedAccessException)
            {
                File.Move(kept, database); // the site starts on what it had
                throw;
            }

            return $"Restored {backup} into {database}: {contents.Describe()}. "
                + (kept is null ? "There was no database before it." : $"The database it replaced is kept as {kept}.")
                + " Start the site: it brings the restored database up to date by itself.";
        }
        finally
        {
            File.Delete(copy.Path); // gone already once moved into place
        }
    }

    /// <summary>Renames the current database aside with its unwritten WAL, after writing that into it where SQLite can.</summary>
    private static string? KeepAside(string database)
    {
        if (!File.Exists(database))
        {
            RemoveSideFiles(database, null);
            return null;
        }

        Checkpoint(database);
        var kept = database + ".before-restore-" + DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        File.Move(database, kept);
        RemoveSideFiles(database, kept);
        return kept;
    }

    /// <summary>Writes the WAL into the database file, so that the kept file is whole; a damaged database keeps its WAL beside it.</summary>
    private static void Checkpoint(string database)
    {
        try
        {
            using var connection = DatabaseCopy.Open(database, SqliteOpenMode.ReadWrite);
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            command.ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            // Its -wal moves aside with it: opened under the kept name, SQLite reads it there.
        }
    }

    /// <summary>A WAL or journal left beside the database would be applied to the restored file: it follows the kept file.</summary>
    private static void RemoveSideFiles(string database, string? kept)
    {
        foreach (var suffix in new[] { "-wal", "-journal" })
        {
            if (File.Exists(database + suffix))
            {
                File.Move(database + suffix, (kept ?? database + ".orphan-" + DateTime.UtcNow.Ticks) + suffix);
            }
        }

        File.Delete(database + "-shm"); // an index of the WAL, rebuilt from it
    }
}
