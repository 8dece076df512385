using Portal.Tests.Infrastructure;

namespace Portal.Tests.Export;

/// <summary><c>export --offline</c>: a copy to open from a disk, where a link must name a file, never a folder or the disk's root.</summary>
public sealed class OfflineExportTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("portal-offline-").FullName;

    [Fact]
    public async Task Every_link_between_the_pages_is_relative_and_names_a_file()
    {
        var output = Path.Combine(folder, "out");
        var result = await new Exporter(TestPaths.FixtureContent, folder).ExportAsync("export", output, "--offline");
        Assert.True(result.ExitCode == 0, result.Errors);
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Select(p => Path.GetRelativePath(output, p)).ToList();

        foreach (var file in pages)
        {
            var page = await ExportedPages.OpenAsync(output, file);
            foreach (var link in ExportedPages.Links(page).Where(l => !ExportedPages.LeavesTheSite(l) && !l.StartsWith('#')))
            {
                Assert.False(link.StartsWith('/'), $"{file}: {link}");
                Assert.Matches(@"\.(html|css|xml|ico|svg|png)(#.*)?$", link);
                Assert.True(File.Exists(ExportedPages.TargetOf(output, file, link)), $"{file}: {link}");
            }
        }
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
