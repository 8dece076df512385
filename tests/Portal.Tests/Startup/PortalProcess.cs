using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Startup;

/// <summary>
/// The built app run as an operator runs it (<c>dotnet Portal.Web.dll</c>) on 127.0.0.1, with its console log kept,
/// so that a test can kill it the hard way (SIGKILL) and read what it wrote.
/// </summary>
public sealed class PortalProcess : IDisposable
{
    private readonly Process process;
    private readonly List<string> lines = [];
    private readonly HttpClient client;
    private (string Text, TaskCompletionSource Killed)? killWhenLogged;

    private PortalProcess(string connectionString, string contentPath, string scratchFolder, bool migrationLog,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        Port = FreePort();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            // The app's folder, where its appsettings.json is: the console log is configured there.
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Portal.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{Port}";
        start.Environment["ConnectionStrings__Portal"] = connectionString;
        start.Environment["Portal__ContentPath"] = contentPath;
        start.Environment["Admin__KeysPath"] = Path.Combine(scratchFolder, "keys");
        if (migrationLog)
        {
            // EF Core's own lines ("Acquiring an exclusive lock...", "Applying migration...") mark the moments to kill at.
            start.Environment["Serilog__MinimumLevel__Override__Microsoft.EntityFrameworkCore.Migrations"] = "Information";
        }

        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // A hang guard, not a speed limit: a first page (views compiled, code jitted) took over 5 s on two cores at load 23.
        client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}"), Timeout = TimeSpan.FromSeconds(60) };
    }

    public int Port { get; }

    /// <summary>Everything the app has written to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (lines)
            {
                return string.Join(Environment.NewLine, lines);
            }
        }
    }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>Starts the app on the SQLite file <paramref name="databasePath"/> and the given content folder.</summary>
    public static PortalProcess Start(string databasePath, string contentPath, bool migrationLog = false) =>
        new($"Data Source={databasePath}", contentPath, Path.GetDirectoryName(databasePath)!, migrationLog);

    /// <summary>Starts the app with a connection string as an operator might have written it.</summary>
    public static PortalProcess StartWithConnectionString(string connectionString, string scratchFolder) =>
        new(connectionString, TestPaths.RepositoryContent, scratchFolder, migrationLog: false);

    /// <summary>Starts the app with more settings, as environment variables (<c>Portal__Database__Provider</c>, say).</summary>
    public static PortalProcess StartWith(string connectionString, string contentPath, string scratchFolder,
        IReadOnlyDictionary<string, string> settings) =>
        new(connectionString, contentPath, scratchFolder, migrationLog: false, settings);

    public Uri Address => new($"http://127.0.0.1:{Port}");

    /// <summary>Kills the app (SIGKILL: no clean-up of any kind) the moment its log shows <paramref name="text"/>.</summary>
    public Task KillWhenLoggedAsync(string text, TimeSpan timeout)
    {
        var killed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (lines)
        {
            killWhenLogged = (text, killed);
            if (lines.Any(line => line.Contains(text, StringComparison.Ordinal)))
            {
                Kill();
                killed.TrySetResult();
            }
        }

        return WaitForKillAsync(killed.Task, text, timeout);
    }

    /// <summary>Waits until the log shows <paramref name="text"/>.</summary>
    public async Task WaitForLogAsync(string text, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (!Output.Contains(text, StringComparison.Ordinal))
        {
            if (deadline.Elapsed > timeout || process.HasExited)
            {
                throw NotLogged(text, timeout);
            }

            await Task.Delay(10);
        }
    }

    /// <summary>SIGKILL to the app and anything it started, as <c>kill -9</c> or a power cut would end it.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
    }

    /// <summary>The status of <c>/healthz</c>; 0 while nothing listens yet.</summary>
    public async Task<int> HealthAsync()
    {
        try
        {
            using var response = await client.GetAsync("/healthz");
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
        catch (TaskCanceledException)
        {
            return 0;
        }
    }

    /// <summary>Polls <c>/healthz</c> until it answers 200; false if it did not within <paramref name="timeout"/>.</summary>
    public async Task<bool> BecomesHealthyWithinAsync(TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout && !process.HasExited)
        {
            if (await HealthAsync() == (int)HttpStatusCode.OK)
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    public async Task<HttpStatusCode> GetStatusAsync(string path)
    {
        using var response = await client.GetAsync(path);
        return response.StatusCode;
    }

    /// <summary>A request over a real connection, as a reader's browser sends it.</summary>
    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path) => client.SendAsync(new HttpRequestMessage(method, path));

    /// <summary>Waits for the app to end on its own; false if it still runs after <paramref name="timeout"/>.</summary>
    public async Task<bool> ExitsWithinAsync(TimeSpan timeout)
    {
        try
        {
            await process.WaitForExitAsync().WaitAsync(timeout);
            process.WaitForExit(); // and for the last lines of its output
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            Kill();
        }

        client.Dispose();
        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (lines)
        {
            lines.Add(line);
            if (killWhenLogged is { } trigger && !trigger.Killed.Task.IsCompleted && line.Contains(trigger.Text, StringComparison.Ordinal))
            {
                Kill();
                trigger.Killed.TrySetResult();
            }
        }
    }

    private async Task WaitForKillAsync(Task killed, string text, TimeSpan timeout)
    {
        try
        {
            await killed.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw NotLogged(text, timeout);
        }
    }

    private TimeoutException NotLogged(string text, TimeSpan timeout) =>
        new($"The app did not log \"{text}\" within {timeout.TotalSeconds} s. Its log:\n{Output}");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
