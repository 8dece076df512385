using Microsoft.Data.Sqlite;
using Portal.Tests.Admin;
using Portal.Tests.Startup;

namespace Portal.Tests.Cli;

/// <summary><c>backup FILE</c> on a running site whose newsroom keeps writing.</summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("portal-backup-").FullName;

    private string DatabasePath => Path.Combine(folder, "portal.db");

    [Fact]
    public async Task A_backup_taken_while_the_newsroom_writes_is_sound_and_holds_the_news_saved_before_it()
    {
        using var site = new NewsroomOnFile(DatabasePath);
        var editor = await site.EditorClientAsync();
        await editor.SaveAsync(await editor.NewItemFormAsync("saved-before-the-backup"));
        var saved = new List<string>();
        using var stopWriting = new CancellationTokenSource();
        var writing = WriteNewsAsync(editor, saved, stopWriting.Token);
        await WaitForAsync(() => Count(saved) >= 1);

        var savedWhenStarted = Count(saved);
        var backup = Path.Combine(folder, "backup.db");
        var result = await PortalCli.RunAsync(folder, DatabasePath, "backup", backup);
        var savedWhenDone = Count(saved);
        await WaitForAsync(() => Count(saved) > savedWhenDone); // still writing after it ended
        await stopWriting.CancelAsync();
        await writing;

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(savedWhenDone > savedWhenStarted, "the newsroom saved nothing while the backup ran");
        Assert.Equal("ok", SqliteFile.IntegrityCheck(backup));
        var slugs = SqliteFile.Column(backup, """SELECT "Slug" FROM "News" """);
        Assert.Contains("saved-before-the-backup", slugs);
        // One snapshot: the items written in the loop are a run with no gap, each with its four languages.
        var fromTheLoop = slugs.Where(slug => slug.StartsWith("written-", StringComparison.Ordinal)).Order().ToList();
        Assert.Equal(saved.Take(fromTheLoop.Count).Order(), fromTheLoop);
        Assert.True(fromTheLoop.Count >= savedWhenStarted, $"{savedWhenStarted} items were saved before the backup began, {fromTheLoop.Count} are in it");
        Assert.Equal(fromTheLoop.Count * 4L, long.Parse(SqliteFile.Column(backup,
            """SELECT COUNT(*) FROM "NewsTranslations" t JOIN "News" n ON n."Id" = t."NewsItemId" WHERE n."Slug" LIKE 'written-%'""")[0]));
        Assert.Contains($"Backed up {DatabasePath} to {backup}", result.Output);
        Assert.Contains("Integrity check: ok", result.Output);
        Assert.Contains($"It holds {slugs.Count} news items", result.Output);
        Assert.Equal([backup], Directory.GetFiles(folder, "backup.db*"));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, PortalCli.ModeOf(backup));
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{savedWhenStarted} items saved before the backup began, {savedWhenDone - savedWhenStarted} while it ran, {fromTheLoop.Count} in it. {result.Output}");
    }

    [Fact]
    public async Task A_backup_never_overwrites_a_file_nor_creates_a_folder()
    {
        using (var site = new NewsroomOnFile(DatabasePath))
        {
            await site.ReadyClientAsync();
        }

        var existing = Path.Combine(folder, "existing.db");
        await File.WriteAllTextAsync(existing, "an older backup");
        var missingFolder = Path.Combine(folder, "no-such-folder");

        var onExisting = await PortalCli.RunAsync(folder, DatabasePath, "backup", existing);
        var intoMissingFolder = await PortalCli.RunAsync(folder, DatabasePath, "backup", Path.Combine(missingFolder, "backup.db"));

        Assert.Equal(1, onExisting.ExitCode);
        Assert.Contains($"Error: {existing} already exists; a backup never overwrites a file.", onExisting.Errors);
        Assert.Equal("an older backup", await File.ReadAllTextAsync(existing));
        Assert.Equal(1, intoMissingFolder.ExitCode);
        Assert.Contains($"Error: The folder {missingFolder} does not exist; create it first.", intoMissingFolder.Errors);
        Assert.False(Directory.Exists(missingFolder));
        Assert.Equal([existing], Directory.GetFiles(folder, "*.db*").Where(file => !file.StartsWith(DatabasePath, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_command_line_not_understood_shows_how_to_back_up_and_restore()
    {
        var backup = await PortalCli.RunAsync(folder, DatabasePath, "backup");
        var restore = await PortalCli.RunAsync(folder, DatabasePath, "restore", "--force");
        var users = await PortalCli.RunAsync(folder, DatabasePath, "users");

        Assert.Equal(2, backup.ExitCode);
        Assert.Equal("Usage: Portal.Web backup FILE [--ConnectionStrings:Portal=...]", backup.Errors.Trim());
        Assert.Equal(2, restore.ExitCode);
        Assert.StartsWith("Usage: Portal.Web restore FILE", restore.Errors);
        Assert.Equal(2, users.ExitCode);
        Assert.Contains("Usage: Portal.Web backup FILE", users.Errors);
        Assert.Contains("Usage: Portal.Web restore FILE", users.Errors);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task A_backup_of_a_missing_database_is_refused_without_creating_one()
    {
        var result = await PortalCli.RunAsync(folder, DatabasePath, "backup", Path.Combine(folder, "backup.db"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"Error: There is no database at {DatabasePath}", result.Errors);
        Assert.Empty(Directory.GetFiles(folder));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Publishes one news item after another, as a busy newsroom does, until stopped.</summary>
    private static async Task WriteNewsAsync(HttpClient editor, List<string> saved, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var slug = $"written-{i:D5}";
            await editor.SaveAsync(await editor.NewItemFormAsync(slug));
            lock (saved)
            {
                saved.Add(slug);
            }
        }
    }

    private static int Count(List<string> saved)
    {
        lock (saved)
        {
            return saved.Count;
        }
    }

    /// <summary>Waits for the writing loop to reach a point; a guard against a hang, not a measure of speed.</summary>
    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
