using System.Net;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Portal.Tests.Admin;
using Portal.Tests.Infrastructure;
using Portal.Tests.Startup;
using Portal.Web.Infrastructure;

namespace Portal.Tests.Cli;

/// <summary><c>restore FILE</c>: a backup put back while the site is stopped, never under a running one, never a bad file.</summary>
public sealed class RestoreCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("portal-restore-").FullName;

    private string DatabasePath => Path.Combine(folder, "portal.db");

    private string BackupPath => Path.Combine(folder, "backup.db");

    [Fact]
    public async Task A_restored_backup_brings_back_its_news_and_keeps_the_replaced_database_aside()
    {
        using (var site = new NewsroomOnFile(DatabasePath))
        {
            var editor = await site.EditorClientAsync();
            await editor.SaveAsync(await editor.NewItemFormAsync("in-the-backup"));
            Assert.Equal(0, (await PortalCli.RunAsync(folder, DatabasePath, "backup", BackupPath)).ExitCode);
            await editor.SaveAsync(await editor.NewItemFormAsync("after-the-backup"));
        }

        var result = await PortalCli.RunAsync(folder, DatabasePath, "restore", BackupPath);

        Assert.True(result.ExitCode == 0, result.ToString());
        var kept = Assert.Single(Directory.GetFiles(folder, "portal.db.before-restore-*"));
        Assert.Contains($"Restored {BackupPath} into {DatabasePath}", result.Output);
        Assert.Contains($"The database it replaced is kept as {kept}.", result.Output);
        Assert.Contains("after-the-backup", SqliteFile.Column(kept, """SELECT "Slug" FROM "News" """));
        Assert.False(File.Exists(DatabasePath + "-wal") && new FileInfo(DatabasePath + "-wal").Length > 0, "the old WAL is still beside the restored database");
        Assert.DoesNotContain(Directory.GetFiles(folder), file => file.Contains(".restoring-"));
        Assert.Equal(PortalCli.ModeOf(kept), PortalCli.ModeOf(DatabasePath)); // not the backup's owner-only mode
        using var restarted = new NewsroomOnFile(DatabasePath);
        var reader = await restarted.ReadyClientAsync();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/en/news/in-the-backup")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/en/news/after-the-backup")).StatusCode);
    }

    [Fact]
    public async Task A_restore_is_refused_while_the_site_runs_and_allowed_once_it_was_killed()
    {
        using var site = PortalProcess.Start(DatabasePath, TestPaths.FixtureContent);
        // A guard against a hang, not a speed test.
        Assert.True(await site.BecomesHealthyWithinAsync(TimeSpan.FromMinutes(2)), site.Output);
        Assert.Equal(0, (await PortalCli.RunAsync(folder, DatabasePath, "backup", BackupPath)).ExitCode);

        var whileRunning = await PortalCli.RunAsync(folder, DatabasePath, "restore", BackupPath);

        Assert.Equal(1, whileRunning.ExitCode);
        Assert.Contains($"Error: The site is running on {DatabasePath} (a process holds {DatabasePath}-running-lock). "
            + "Stop it first (for example: systemctl stop portal), then restore. Nothing was changed.", whileRunning.Errors);
        Assert.DoesNotContain(Directory.GetFiles(folder), file => file.Contains(".before-restore-") || file.Contains(".restoring-"));
        Assert.Equal(HttpStatusCode.OK, await site.GetStatusAsync("/en/news"));

        site.Kill(); // kill -9: the OS releases the site's lock
        var afterKill = await PortalCli.RunAsync(folder, DatabasePath, "restore", BackupPath);

        Assert.True(afterKill.ExitCode == 0, afterKill.ToString());
        Assert.Single(Directory.GetFiles(folder, "portal.db.before-restore-*"));
    }

    [Fact]
    public async Task A_site_started_during_a_restore_waits_for_it_before_touching_the_database()
    {
        var restoring = SiteRunningLock.TryExclusive(DatabasePath);
        Assert.NotNull(restoring);
        using var site = PortalProcess.Start(DatabasePath, TestPaths.FixtureContent);
        try
        {
            await site.WaitForLogAsync("Waiting for a restore of", TimeSpan.FromMinutes(2));

            Assert.False(File.Exists(DatabasePath), "the site created its database while a restore held the lock");
            Assert.Equal(0, await site.HealthAsync());
        }
        finally
        {
            restoring.Dispose();
        }

        // A guard against a hang, not a speed test.
        Assert.True(await site.BecomesHealthyWithinAsync(TimeSpan.FromMinutes(2)), site.Output);
    }

    [Fact]
    public async Task A_missing_damaged_foreign_newer_or_live_file_is_refused_and_nothing_is_changed()
    {
        using (var site = new NewsroomOnFile(DatabasePath))
        {
            await site.ReadyClientAsync();
        }

        Assert.Equal(0, (await PortalCli.RunAsync(folder, DatabasePath, "backup", BackupPath)).ExitCode);
        var missing = Path.Combine(folder, "missing.db");
        var text = await WriteAsync("notes.txt", "not a database");
        var damaged = Damaged(await CopyAsync(BackupPath, "damaged.db"));
        var newer = await CopyAsync(BackupPath, "newer.db");
        SqliteFile.Execute(newer, """INSERT INTO "__EFMigrationsHistory" VALUES ('29991231000000_FromANewerVersion', '99.0.0')""");
        var withWal = await CopyAsync(BackupPath, "live.db");
        await WriteAsync("live.db-wal", "the last changes of a database in use");
        var foreign = Path.Combine(folder, "foreign.db");
        SqliteFile.Execute(foreign, "CREATE TABLE notes (text TEXT)");
        var before = Snapshot();

        var results = new Dictionary<string, PortalCli.Result>();
        foreach (var file in new[] { missing, text, damaged, newer, withWal, foreign })
        {
            results[file] = await PortalCli.RunAsync(folder, DatabasePath, "restore", file);
        }

        Assert.All(results.Values, result => Assert.Equal(1, result.ExitCode));
        Assert.All(results.Values, result => Assert.EndsWith("Nothing was changed." + Environment.NewLine, result.Errors));
        Assert.Contains($"Error: There is no file {missing}.", results[missing].Errors);
        Assert.Contains($"Error: {text} is not a SQLite database.", results[text].Errors);
        Assert.Contains($"Error: {damaged} is damaged: SQLite", results[damaged].Errors);
        Assert.Contains($"Error: {newer} was written by a newer version of the portal: it has migrations this version does not know "
            + "(29991231000000_FromANewerVersion).", results[newer].Errors);
        Assert.Contains($"Error: {withWal}-wal lies beside it: {withWal} is the file of a database in use or not closed cleanly", results[withWal].Errors);
        Assert.Contains($"Error: {foreign} is a SQLite database, but not one of this portal: it records no migration.", results[foreign].Errors);
        Assert.Equal(before, Snapshot());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private async Task<string> WriteAsync(string name, string content)
    {
        var path = Path.Combine(folder, name);
        await File.WriteAllTextAsync(path, content);
        return path;
    }

    private async Task<string> CopyAsync(string source, string name)
    {
        var path = Path.Combine(folder, name);
        await using var from = File.OpenRead(source);
        await using var to = File.Create(path);
        await from.CopyToAsync(to);
        return path;
    }

    /// <summary>Overwrites the first bytes of the news table's first page, as a failing disk would.</summary>
    private static string Damaged(string path)
    {
        var pageSize = long.Parse(SqliteFile.Column(path, "PRAGMA page_size")[0]);
        var newsPage = long.Parse(SqliteFile.Column(path, "SELECT rootpage FROM sqlite_master WHERE name = 'News'")[0]);
        using var file = new FileStream(path, FileMode.Open, FileAccess.ReadWrite);
        file.Position = (newsPage - 1) * pageSize;
        file.Write(Enumerable.Repeat((byte)0xA5, 16).ToArray());
        return path;
    }

    /// <summary>Every file in the folder with a hash of its bytes: what a refused restore must leave as it was.</summary>
    private string Snapshot() => string.Join(Environment.NewLine, Directory.GetFiles(folder).Order()
        .Select(file => $"{Path.GetFileName(file)} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))}"));
}
