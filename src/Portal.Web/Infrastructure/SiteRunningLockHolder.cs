using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Portal.Web.Infrastructure;

/// <summary>Holds the <see cref="SiteRunningLock"/> shared from before the migration at start-up until the app ends.</summary>
public sealed class SiteRunningLockHolder(IOptions<DatabaseOptions> options, ILogger<SiteRunningLockHolder> logger)
    : IHostedService, IDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(250);

    // A restore holds the lock only while it swaps two files, after checking the backup: a minute means something else holds it.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);

    private SiteRunningLock? held;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (DatabaseOptions.FileIn(options.Value.ConnectionString) is not { } file)
        {
            return; // in memory: no other process can see it
        }

        var waiting = Stopwatch.StartNew();
        var announced = false;
        while ((held = SiteRunningLock.TryShared(file)) is null)
        {
            if (waiting.Elapsed > Patience)
            {
                throw new TimeoutException(
                    $"Another process has held {SiteRunningLock.PathFor(file)} exclusively for more than {Patience.TotalSeconds:0} s (a restore?)");
            }

            if (!announced)
            {
                logger.LogInformation("Waiting for a restore of {Database} to finish", file);
                announced = true;
            }

            await Task.Delay(RetryDelay, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask; // requests may still be served: held until disposed

    public void Dispose() => held?.Dispose();
}
