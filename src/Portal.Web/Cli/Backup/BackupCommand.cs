using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Portal.Web.Cli.Backup;

/// <summary>
/// <c>backup FILE</c>: a consistent copy of the database, taken while the site runs and writes. SQLite's VACUUM INTO reads
/// one snapshot in a single read transaction, which in WAL mode never blocks the site's writers, and writes a compact file.
/// The copy is written under a temporary name beside FILE and given FILE's name only once SQLite finds it sound.
/// </summary>
public static class BackupCommand
{
    public const string Usage = "Usage: Portal.Web backup FILE [--ConnectionStrings:Portal=...]";

    /// <summary>0 when FILE holds a checked copy; 1 when it was refused or failed, with a message; 2 when the arguments were not understood.</summary>
    public static async Task<int> RunAsync(string[] args, CommandConsole console)
    {
        if (args is not ["backup", var file, .. var configuration] || file.StartsWith('-'))
        {
            await console.Error.WriteLineAsync(Usage);
            return 2;
        }

        try
        {
            await console.Out.WriteLineAsync(Backup(Path.GetFullPath(file), configuration));
            return 0;
        }
        catch (CommandException e)
        {
            await console.Error.WriteLineAsync("Error: " + e.Message);
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync("Error: the backup failed: " + e.Message);
            return 1;
        }
    }

    private static string Backup(string target, string[] configuration)
    {
        if (File.Exists(target) || Directory.Exists(target))
        {
            throw new CommandException($"{target} already exists; a backup never overwrites a file. Choose a new name or remove it first.");
        }

        var folder = Path.GetDirectoryName(target)!;
        if (!Directory.Exists(folder))
        {
            throw new CommandException($"The folder {folder} does not exist; create it first.");
        }

        var database = ConfiguredDatabase.FileFor(configuration);
        if (!File.Exists(database))
        {
            throw new CommandException($"There is no database at {database}; check ConnectionStrings:Portal and the folder the command runs in.");
        }

        var clock = Stopwatch.StartNew();
        var copy = new DatabaseCopy(target + ".incomplete-" + Guid.NewGuid().ToString("N")[..8], $"The copy of {database}");
        try
        {
            CopySnapshot(database, copy.Path);
            copy.KeepPrivate();
            copy.SetJournalMode("DELETE");
            copy.CheckIntegrity();
            var contents = copy.Contents();
            copy.FlushToDisk();
            Publish(copy.Path, target);
            return string.Create(CultureInfo.InvariantCulture,
                $"Backed up {database} to {target} in {clock.Elapsed.TotalSeconds:0.0} s. Integrity check: ok. It holds {contents.Describe()}.");
        }
        finally
        {
            File.Delete(copy.Path); // gone already once published
        }
    }

    private static void CopySnapshot(string database, string copy)
    {
        try
        {
            using var connection = DatabaseCopy.Open(database, SqliteOpenMode.ReadOnly);
            using var command = connection.CreateCommand();
            command.CommandText = "VACUUM INTO $copy";
            command.Parameters.AddWithValue("$copy", copy);
            command.ExecuteNonQuery();
        }
        catch (SqliteException e)
        {
            throw new CommandException($"The backup of {database} failed: {e.Message}");
        }
    }

    /// <summary>Gives the checked copy its final name, unless a file of that name appeared meanwhile.</summary>
    private static void Publish(string copy, string target)
    {
        try
        {
            File.Move(copy, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            throw new CommandException($"{target} appeared while the backup was written; it was left alone and the backup not kept.");
        }
    }
}
