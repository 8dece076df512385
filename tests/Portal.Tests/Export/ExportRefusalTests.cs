using Portal.Tests.Infrastructure;
using Portal.Web.Cli.Export;

namespace Portal.Tests.Export;

/// <summary>What <c>export</c> says, and leaves alone, when it is asked for something it must not or cannot do.</summary>
public sealed class ExportRefusalTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("portal-export-refusals-").FullName;
    private readonly Exporter exporter;

    public ExportRefusalTests() => exporter = new Exporter(TestPaths.FixtureContent, folder);

    [Fact]
    public async Task A_folder_that_is_not_an_earlier_export_is_left_alone_unless_forced()
    {
        var output = Path.Combine(folder, "documents");
        Directory.CreateDirectory(output);
        await File.WriteAllTextAsync(Path.Combine(output, "thesis.txt"), "years of work");

        var refused = await exporter.ExportAsync("export", output);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"{output} exists and is not an earlier export", refused.Errors);
        Assert.Contains("--force", refused.Errors);
        Assert.True(File.Exists(Path.Combine(output, "thesis.txt")));

        var forced = await exporter.ExportAsync("export", output, "--force");

        Assert.Equal(0, forced.ExitCode);
        Assert.True(File.Exists(Path.Combine(output, ExportFolder.MarkerName)));
        Assert.False(File.Exists(Path.Combine(output, "thesis.txt")));
    }

    [Theory]
    [InlineData("mirror.example.net")]
    [InlineData("ftp://mirror.example.net/")]
    [InlineData("/copy")]
    public async Task A_base_url_that_is_not_an_absolute_http_address_is_refused(string baseUrl)
    {
        var refused = await exporter.ExportAsync("export", Path.Combine(folder, "out"), "--base-url", baseUrl);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"--base-url: '{baseUrl}' is not an absolute http(s) address", refused.Errors);
        Assert.False(Directory.Exists(Path.Combine(folder, "out")));
    }

    [Fact]
    public async Task Without_the_official_address_the_export_says_which_setting_to_give()
    {
        var refused = await exporter.RunAsync(["export", Path.Combine(folder, "out")]);

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("The official address is not set: give Portal:PublicBaseUrl", refused.Errors);
        Assert.Contains("--Portal:PublicBaseUrl=https://", refused.Errors);
        Assert.Contains("Portal__PublicBaseUrl", refused.Errors);
    }

    [Theory]
    [InlineData("export")]
    [InlineData("export", "--offline")]
    [InlineData("export", "out", "--base-url")]
    public async Task Arguments_that_are_not_understood_show_the_usage(params string[] arguments)
    {
        var result = await exporter.RunAsync(arguments);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Usage: Portal.Web export OUT", result.Errors);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
