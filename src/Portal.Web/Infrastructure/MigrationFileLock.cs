using System.Diagnostics;

namespace Portal.Web.Infrastructure;

/// <summary>
/// An exclusive OS lock on a file next to the database (<c>portal.db-migration-lock</c>), held while migrating it. The OS
/// releases it when its holder ends in any way, <c>kill -9</c> included, which EF Core's lock row in the database cannot do.
/// </summary>
public sealed class MigrationFileLock : IAsyncDisposable
{
    private static readonly TimeSpan RetryDelay = TimeSpan.FromMilliseconds(250);
    private readonly FileStream file;

    private MigrationFileLock(FileStream file) => this.file = file;

    public static string PathFor(string databaseFile) => databaseFile + "-migration-lock";

    /// <summary>Takes the lock, waiting at most <paramref name="patience"/> for another process that holds it.</summary>
    public static async Task<MigrationFileLock> AcquireAsync(string databaseFile, TimeSpan patience, ILogger logger,
        CancellationToken cancellationToken)
    {
        var path = PathFor(databaseFile);
        var waiting = Stopwatch.StartNew();
        var announced = false;
        while (true)
        {
            try
            {
                // FileShare.None is an flock(2) on Linux and macOS and a sharing lock on Windows: both die with their process.
                return new MigrationFileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException e) when (e.GetType() == typeof(IOException)) // held; its subtypes (no such folder...) are not
            {
                if (waiting.Elapsed > patience)
                {
                    throw new TimeoutException(
                        $"Another process has been migrating {databaseFile} for more than {patience.TotalSeconds:0} s (it holds {path})", e);
                }

                if (!announced)
                {
                    logger.LogInformation("Waiting for another process to finish migrating {Database}", databaseFile);
                    announced = true;
                }

                await Task.Delay(RetryDelay, cancellationToken);
            }
        }
    }

    public ValueTask DisposeAsync() => file.DisposeAsync();
}
