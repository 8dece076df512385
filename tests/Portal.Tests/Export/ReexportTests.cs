using Portal.Tests.Infrastructure;
using Portal.Web.Cli.Export;

namespace Portal.Tests.Export;

/// <summary>Exporting again into the same folder, as a mirror's cron job does: unchanged bytes and times, never half a copy.</summary>
public sealed class ReexportTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("portal-reexport-").FullName;
    private readonly Exporter exporter;
    private readonly string output;

    public ReexportTests()
    {
        exporter = new Exporter(TestPaths.FixtureContent, folder);
        output = Path.Combine(folder, "out");
    }

    [Fact]
    public async Task A_second_export_of_unchanged_content_leaves_every_file_as_it_was()
    {
        Assert.Equal(0, (await exporter.ExportAsync("export", output)).ExitCode);
        var first = Snapshot();

        var second = await exporter.ExportAsync("export", output);

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(first.Keys, Snapshot().Keys);
        Assert.All(Snapshot(), file => Assert.Equal(first[file.Key], file.Value));
    }

    [Fact]
    public async Task A_failed_export_leaves_the_previous_export_whole()
    {
        Assert.Equal(0, (await exporter.ExportAsync("export", output)).ExitCode);
        var before = Snapshot();
        // A file where the export must create its folder: a failure even root cannot write past.
        var blocked = Path.Combine(folder, ".out.export-new");
        await File.WriteAllTextAsync(blocked, "in the way");

        var failed = await exporter.ExportAsync("export", output);

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains($"Could not write {blocked}", failed.Errors);
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task An_export_into_a_folder_under_a_file_says_which_path_it_could_not_write()
    {
        var file = Path.Combine(folder, "a-file");
        await File.WriteAllTextAsync(file, "not a folder");

        var failed = await exporter.ExportAsync("export", Path.Combine(file, "out"));

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains($"Could not write {file}", failed.Errors);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Every file of the export with its bytes (as hex) and time.</summary>
    private Dictionary<string, (string Bytes, DateTime Time)> Snapshot() =>
        Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToDictionary(
            path => Path.GetRelativePath(output, path),
            path => (Convert.ToHexString(File.ReadAllBytes(path)), File.GetLastWriteTimeUtc(path)));
}
