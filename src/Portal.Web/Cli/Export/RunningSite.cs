using System.Diagnostics;
using System.Reflection;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Portal.Web.Infrastructure;

namespace Portal.Web.Cli.Export;

/// <summary>
/// The real site, started in this process by its own entry point (Program.cs, every middleware and page as served) on a
/// loopback port chosen by the system, so that the export requests its pages over HTTP like any reader.
/// </summary>
public sealed class RunningSite : IAsyncDisposable
{
    private const string HostingListener = "Microsoft.Extensions.Hosting";

    // Marks the export's own host among any other hosts built in this process (the tests build many).
    private static readonly AsyncLocal<TaskCompletionSource<IHost>?> HostOfThisFlow = new();

    private readonly IHost host;
    private readonly Task<int> entryPoint;

    private RunningSite(IHost host, Task<int> entryPoint, Uri address, string officialBaseUrl)
    {
        this.host = host;
        this.entryPoint = entryPoint;
        Address = address;
        OfficialBaseUrl = officialBaseUrl;
    }

    /// <summary>Where the site listens: http://127.0.0.1:port/.</summary>
    public Uri Address { get; }

    /// <summary><c>Portal:PublicBaseUrl</c> without a final slash.</summary>
    public string OfficialBaseUrl { get; }

    public IServiceProvider Services => host.Services;

    /// <summary>Starts the site with the command's configuration arguments and waits until its content is imported.</summary>
    public static async Task<RunningSite> StartAsync(IReadOnlyList<string> configuration, CancellationToken cancellationToken)
    {
        string[] arguments =
        [
            "--applicationName=" + typeof(Program).Assembly.GetName().Name,
            // The export's progress is the report; the site's information lines would drown it.
            "--Serilog:MinimumLevel:Default=Warning",
            // A key ring without an encryptor is the newsroom's concern, not the export's.
            "--Serilog:MinimumLevel:Override:Microsoft.AspNetCore.DataProtection=Error",
            .. configuration,
            // Last, so that no setting moves the server off the loopback interface.
            "--urls=http://127.0.0.1:0",
        ];

        var built = new TaskCompletionSource<IHost>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = DiagnosticListener.AllListeners.Subscribe(new ListenerObserver());
        HostOfThisFlow.Value = built;
        var entryPoint = Task.Factory.StartNew(() => RunEntryPoint(arguments), cancellationToken,
            TaskCreationOptions.LongRunning, TaskScheduler.Default);
        HostOfThisFlow.Value = null;

        if (await Task.WhenAny(built.Task, entryPoint) == entryPoint)
        {
            throw new CommandException(await NotStartedMessageAsync(entryPoint));
        }

        var host = await built.Task;
        var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            if (await Task.WhenAny(started.Task, entryPoint) == entryPoint)
            {
                throw new CommandException(await NotStartedMessageAsync(entryPoint));
            }
        }

        var site = new RunningSite(host, entryPoint, ListeningAddress(host), OfficialAddress(host));
        try
        {
            await host.Services.GetRequiredService<Readiness>().WhenReady.WaitAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await site.DisposeAsync();
            throw new CommandException("The database could not be migrated or the content imported: " + e.Message);
        }

        return site;
    }

    public async ValueTask DisposeAsync()
    {
        host.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        await entryPoint;
    }

    private static int RunEntryPoint(string[] arguments)
    {
        var main = typeof(Program).Assembly.EntryPoint ?? throw new InvalidOperationException("Portal.Web has no entry point");
        try
        {
            return main.Invoke(null, [arguments]) is int exitCode ? exitCode : 0;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    private static async Task<string> NotStartedMessageAsync(Task<int> entryPoint)
    {
        try
        {
            return $"The site did not start (exit code {await entryPoint}): a setting is wrong, see the lines above.";
        }
        catch (Exception e)
        {
            return "The site did not start: " + e.Message;
        }
    }

    private static Uri ListeningAddress(IHost host)
    {
        var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        return new Uri(addresses.First());
    }

    private static string OfficialAddress(IHost host) =>
        host.Services.GetRequiredService<IConfiguration>()[ExportSettings.PublicBaseUrlKey]?.TrimEnd('/') ?? "";

    private sealed class ListenerObserver : IObserver<DiagnosticListener>
    {
        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == HostingListener)
            {
                listener.Subscribe(new HostObserver());
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }

    private sealed class HostObserver : IObserver<KeyValuePair<string, object?>>
    {
        public void OnNext(KeyValuePair<string, object?> hostingEvent)
        {
            if (hostingEvent is { Key: "HostBuilt", Value: IHost host } && HostOfThisFlow.Value is { } built)
            {
                built.TrySetResult(host);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }
}
