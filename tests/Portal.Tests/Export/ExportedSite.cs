using System.Diagnostics;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Export;

/// <summary>
/// One export of the repository's content/ (with a mirror address), shared by a test class, and the live site on the
/// same database to compare it with.
/// </summary>
public sealed class ExportedSite : IAsyncLifetime
{
    public const string MirrorBaseUrl = "https://mirror.example.net/copy";

    private readonly string folder = Directory.CreateTempSubdirectory("portal-export-").FullName;

    public ExportedSite()
    {
        Exporter = new Exporter(TestPaths.RepositoryContent, folder);
        Out = Path.Combine(folder, "out");
        Live = new PortalFactory(TestPaths.RepositoryContent, Exporter.DatabasePath);
    }

    public Exporter Exporter { get; }
    public string Out { get; }
    public PortalFactory Live { get; }
    public ExportResult Result { get; private set; } = null!;
    public TimeSpan Took { get; private set; }

    /// <summary>Every file of the export, relative to it, with "/" between folders.</summary>
    public IReadOnlyList<string> Files => Directory.EnumerateFiles(Out, "*", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(Out, path).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();

    public string Read(string file) => File.ReadAllText(Path.Combine(Out, file));

    public async ValueTask InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        Result = await Exporter.ExportAsync("export", Out, "--base-url", MirrorBaseUrl);
        Took = clock.Elapsed;
        Assert.True(Result.ExitCode == 0, Result.Errors);
    }

    public async ValueTask DisposeAsync()
    {
        await Live.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
