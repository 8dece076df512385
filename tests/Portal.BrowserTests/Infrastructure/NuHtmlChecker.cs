using System.Diagnostics;
using System.Text.Json;
using Portal.Tests.Infrastructure;

namespace Portal.BrowserTests.Infrastructure;

/// <summary>One error the Nu Html Checker found: in which file, on which line.</summary>
public sealed record HtmlError(string File, int Line, string Message, string? Extract)
{
    public override string ToString() => $"{File}:{Line}: {Message}" + (Extract is null ? "" : $" [{Extract.ReplaceLineEndings(" ")}]");
}

/// <summary>
/// The Nu Html Checker (vnu.jar, the W3C validator's engine) from the npm package pinned in tools/package.json, run
/// with the machine's Java: every page must be valid HTML.
/// </summary>
public static class NuHtmlChecker
{
    private const string ToolsFolder = "tests/Portal.BrowserTests/tools";

    public static string JarPath { get; } =
        Path.Combine(TestPaths.RepositoryRoot, ToolsFolder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    public static string? JavaPath { get; } = FindJava();

    /// <summary>Why the HTML checks are skipped on this machine, or null when they run (always under CI=true).</summary>
    public static string? SkipReason => Missing() is { } missing && !Chromium.IsCi ? missing : null;

    /// <summary>Skips the calling test, saying how to install what is missing, on a machine without Java or vnu.jar outside CI.</summary>
    public static void SkipTestWhenMissing()
    {
        if (SkipReason is { } reason)
        {
            Assert.Skip(reason);
        }
    }

    /// <summary>Checks <paramref name="files"/> in one run of the checker; returns every error it reports.</summary>
    public static async Task<IReadOnlyList<HtmlError>> CheckAsync(IReadOnlyCollection<string> files)
    {
        if (Missing() is { } missing)
        {
            throw new InvalidOperationException("CI=true: the HTML checks never skip in CI; " + missing);
        }

        var start = new ProcessStartInfo(JavaPath!) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-jar", JarPath, "--errors-only", "--format", "json" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var checker = Process.Start(start)!;
        var output = checker.StandardOutput.ReadToEndAsync();
        var report = checker.StandardError.ReadToEndAsync(); // vnu writes its report to standard error
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await checker.WaitForExitAsync(timeout.Token);

        var json = (await report).Trim();
        if (!json.StartsWith('{'))
        {
            throw new InvalidOperationException($"vnu.jar exited with {checker.ExitCode} and no report: {json} {await output}");
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("messages").EnumerateArray()
            .Where(message => message.GetProperty("type").GetString() != "info")
            .Select(message => new HtmlError(
                message.TryGetProperty("url", out var url) ? url.GetString()![(url.GetString()!.LastIndexOf('/') + 1)..] : "(no file)",
                message.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                message.GetProperty("message").GetString()!,
                message.TryGetProperty("extract", out var extract) ? extract.GetString() : null))
            .ToList();
    }

    private static string? Missing()
    {
        var missing = new List<string>();
        if (JavaPath is null)
        {
            missing.Add("Java is not installed: `apt-get install -y default-jre-headless`");
        }

        if (!File.Exists(JarPath))
        {
            missing.Add($"vnu.jar is not at {JarPath}: `npm ci --ignore-scripts --prefix {ToolsFolder}` in the repository");
        }

        return missing.Count == 0 ? null : string.Join("; ", missing) + ".";
    }

    private static string? FindJava()
    {
        var home = Environment.GetEnvironmentVariable("JAVA_HOME");
        var folders = (home is { Length: > 0 } ? [Path.Combine(home, "bin")] : Array.Empty<string>())
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries));
        return folders.Select(folder => Path.Combine(folder, "java")).FirstOrDefault(File.Exists);
    }
}
