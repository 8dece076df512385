using System.Diagnostics;

namespace Portal.Tests.Cli;

/// <summary>The built app run as a command, as an operator runs it: <c>dotnet Portal.Web.dll backup FILE ...</c>.</summary>
public static class PortalCli
{
    public sealed record Result(int ExitCode, string Output, string Errors)
    {
        public override string ToString() => $"exit {ExitCode}; stdout: {Output}; stderr: {Errors}";
    }

    /// <summary>Who may read and write the file (the tests run on Linux, as the site does).</summary>
    public static UnixFileMode ModeOf(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            throw new PlatformNotSupportedException("File modes are Unix's.");
        }

        return File.GetUnixFileMode(path);
    }

    /// <summary>Runs the app with <paramref name="arguments"/> and the database <paramref name="databasePath"/>, in <paramref name="workingFolder"/>.</summary>
    public static Task<Result> RunAsync(string workingFolder, string databasePath, params string[] arguments) =>
        RunWithPasswordAsync(null, workingFolder, databasePath, arguments);

    /// <summary>The same, with <paramref name="password"/> in PORTAL_PASSWORD (none: no such variable, and no terminal to type one).</summary>
    public static async Task<Result> RunWithPasswordAsync(string? password, string workingFolder, string databasePath, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Portal.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add($"--ConnectionStrings:Portal=Data Source={databasePath}");
        start.Environment.Remove("PORTAL_PASSWORD");
        if (password is not null)
        {
            start.Environment["PORTAL_PASSWORD"] = password;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await errors);
    }
}
