using System.Diagnostics;
using System.Globalization;

namespace Portal.Web.Cli.Export;

/// <summary>
/// <c>export OUT</c>: a static mirror of the whole public site, rendered by the site itself. The site is started in this
/// process on a loopback port and every page requested over HTTP, so the mirror holds exactly what readers get, through
/// the same pages and middleware, with no second set of templates.
/// </summary>
public static class ExportCommand
{
    /// <summary>0 when the export is in OUT; 1 when it was refused or failed, with a message; 2 when the arguments were not understood.</summary>
    public static async Task<int> RunAsync(string[] args, CommandConsole console, CancellationToken cancellationToken = default)
    {
        if (ExportSettings.Parse(args) is not { } settings)
        {
            await console.Error.WriteLineAsync(ExportSettings.Usage);
            return 2;
        }

        try
        {
            await ExportAsync(settings, console, cancellationToken);
            return 0;
        }
        catch (CommandException e)
        {
            await console.Error.WriteLineAsync("Error: " + e.Message);
            return 1;
        }
        catch (HttpRequestException e)
        {
            await console.Error.WriteLineAsync("Error: the site stopped answering during the export: " + e.Message);
            return 1;
        }
    }

    private static async Task ExportAsync(ExportSettings settings, CommandConsole console, CancellationToken cancellationToken)
    {
        if (settings.MirrorBaseUrlProblem() is { } problem)
        {
            throw new CommandException(problem);
        }

        if (string.IsNullOrWhiteSpace(OfficialAddress(settings)))
        {
            throw new CommandException(
                $"The official address is not set: give {ExportSettings.PublicBaseUrlKey} (for example --{ExportSettings.PublicBaseUrlKey}=https://example.org "
                + "on the command line, or the environment variable Portal__PublicBaseUrl), so that the copy's canonical links lead to the original.");
        }

        var clock = Stopwatch.StartNew();
        var folder = ExportFolder.Prepare(settings.Out, settings.Force);
        try
        {
            var progress = ExportProgress.For(console);
            DateTime lastChange;
            await using (var site = await RunningSite.StartAsync(settings.Configuration, cancellationToken))
            {
                lastChange = await new MirrorExport(site, settings, progress, console.Error).WriteAsync(folder, cancellationToken);
            }

            var (files, bytes) = folder.Publish(lastChange);
            await console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"Exported {files} files ({bytes / 1024.0 / 1024.0:0.0} MB) to {settings.Out} in {clock.Elapsed.TotalSeconds:0.0} s."));
        }
        catch
        {
            folder.Abandon();
            throw;
        }
    }

    /// <summary>The official address as the site will read it: from the same settings files, environment and arguments.</summary>
    private static string? OfficialAddress(ExportSettings settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = [.. settings.Configuration],
            ApplicationName = typeof(Program).Assembly.GetName().Name,
        });
        return builder.Configuration[ExportSettings.PublicBaseUrlKey];
    }
}
