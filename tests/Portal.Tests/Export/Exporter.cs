using Portal.Tests.Infrastructure;
using Portal.Web.Cli;
using Portal.Web.Cli.Export;

namespace Portal.Tests.Export;

/// <summary>What <c>export</c> answered: its exit code, what it wrote to stdout and to stderr.</summary>
public sealed record ExportResult(int ExitCode, string Output, string Errors);

/// <summary>
/// Runs <c>export</c> in the test process, as <c>Portal.Web export ...</c> runs it, on a database and content folder of
/// the test's choosing, with the official address https://official.example.org.
/// </summary>
public sealed class Exporter(string contentPath, string scratchFolder)
{
    public const string OfficialBaseUrl = "https://official.example.org";

    public string DatabasePath { get; } = Path.Combine(scratchFolder, "portal.db");

    public async Task<ExportResult> ExportAsync(params string[] arguments) =>
        await RunAsync([.. arguments, "--Portal:PublicBaseUrl=" + OfficialBaseUrl]);

    /// <summary>Runs the command with these arguments and the site's database, content and key settings only.</summary>
    public async Task<ExportResult> RunAsync(string[] arguments)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var console = new CommandConsole(output, errors, () => null);
        string[] settings =
        [
            "--contentRoot=" + Path.Combine(TestPaths.RepositoryRoot, "src", "Portal.Web"),
            "--environment=Testing",
            "--Portal:ContentPath=" + contentPath,
            $"--ConnectionStrings:Portal=Data Source={DatabasePath}",
            "--Admin:KeysPath=" + Path.Combine(scratchFolder, "keys"),
        ];
        var exitCode = await ExportCommand.RunAsync([.. arguments, .. settings], console);
        return new ExportResult(exitCode, output.ToString(), errors.ToString());
    }
}
