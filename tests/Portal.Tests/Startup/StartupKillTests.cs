using System.Diagnostics;
using System.Net;
using Microsoft.Data.Sqlite;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Startup;

/// <summary>
/// The app killed with SIGKILL at moments of its start-up (migration, import), again and again on the same database, as a
/// crash loop, an OOM killer or a power cut would: every restart must get past the damage by itself.
/// </summary>
public sealed class StartupKillTests(CleanStart cleanStart) : IClassFixture<CleanStart>, IDisposable
{
    private const string ImportStarts = "Database migrated; importing content";
    private static readonly TimeSpan RestartLimit = TimeSpan.FromSeconds(30);
    private readonly string folder = Directory.CreateTempSubdirectory("portal-kill-").FullName;

    // In start-up order: each restart has to get past the previous kill to reach the next moment.
    private const string FirstMigration = "20261123093601_InitialContent";
    private const string LastMigration = "20261123102502_AddSearchIndex";

    private static readonly (string Moment, string? LogLine, int MillisecondsAfter)[] KillPoints =
    [
        ("as it starts", null, 0),
        ("while it applies the first migration", $"Applying migration '{FirstMigration}'", 0),
        ("while it applies the last migration", $"Applying migration '{LastMigration}'", 0),
        ("as the import starts", ImportStarts, 0),
        ("during the import", ImportStarts, 300),
        ("late in the import", ImportStarts, 700),
    ];

    [Fact]
    public async Task A_site_killed_again_and_again_during_start_up_is_healthy_and_complete_after_a_restart()
    {
        var database = Path.Combine(folder, "portal.db");
        var previous = "(first start)";
        foreach (var (moment, logLine, millisecondsAfter) in KillPoints)
        {
            using var app = PortalProcess.Start(database, TestPaths.RepositoryContent, migrationLog: true);
            // On a slow machine a kill can land after the migration it aimed at: then the next moment that will come is the import.
            var line = new[] { FirstMigration, LastMigration }.Any(m => logLine?.Contains(m, StringComparison.Ordinal) == true && SqliteFile.HasApplied(database, m))
                ? ImportStarts
                : logLine;
            await KillAsync(app, line, millisecondsAfter, $"Restarted after a kill {previous}, to be killed {moment}");
            previous = moment;
        }

        using var restarted = PortalProcess.Start(database, TestPaths.RepositoryContent);
        var clock = Stopwatch.StartNew();
        var healthy = await restarted.BecomesHealthyWithinAsync(RestartLimit);

        Assert.True(healthy, $"Not healthy {clock.Elapsed.TotalSeconds:0} s after a restart. Its log:\n{restarted.Output}");
        Assert.Equal(HttpStatusCode.OK, await restarted.GetStatusAsync("/en/institutions/congress"));
        Assert.Equal(HttpStatusCode.OK, await restarted.GetStatusAsync("/fr/news/2025-03-26-congress-president-meets-belarusian-democratic-forces"));
        Assert.Equal("ok", SqliteFile.IntegrityCheck(database));
        Assert.Equal(0, SqliteFile.MigrationLockRows(database));
        Assert.Equal(await cleanStart.ContentCounts, SqliteFile.ContentCounts(database));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private static async Task KillAsync(PortalProcess app, string? logLine, int millisecondsAfter, string step)
    {
        try
        {
            if (logLine is null)
            {
                app.Kill();
            }
            else if (millisecondsAfter == 0)
            {
                await app.KillWhenLoggedAsync(logLine, RestartLimit);
            }
            else
            {
                await app.WaitForLogAsync(logLine, RestartLimit);
                await Task.Delay(millisecondsAfter);
                app.Kill();
            }
        }
        catch (TimeoutException e)
        {
            Assert.Fail($"{step}: {e.Message}");
        }
    }
}
