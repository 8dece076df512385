using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Portal.Tests.Infrastructure;
using Portal.Web.Infrastructure;

namespace Portal.Tests.Startup;

public sealed class StaleMigrationLockTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("portal-lock-").FullName;

    [Fact]
    public async Task A_migration_lock_left_by_a_killed_process_is_cleared_and_the_site_becomes_healthy()
    {
        var database = Path.Combine(folder, "portal.db");
        using (var first = new PortalFactory(TestPaths.FixtureContent, database))
        {
            await first.ReadyClientAsync();
        }

        SqliteConnection.ClearAllPools();
        // What a process killed while migrating leaves behind: EF Core's lock row, and nobody left to delete it.
        SqliteFile.Execute(database, """INSERT INTO "__EFMigrationsLock" ("Id", "Timestamp") VALUES (1, '2026-01-05 08:30:00+00:00')""");
        var log = new FakeLoggerProvider();
        using var restarted = new PortalFactory(TestPaths.FixtureContent, database);
        using var withLog = restarted.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(log)));

        var client = withLog.CreateClient();
        await withLog.Services.GetRequiredService<Readiness>().WhenReady.WaitAsync(TimeSpan.FromSeconds(30));

        using var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var cleared = Assert.Single(log.Collector.GetSnapshot(), entry => entry.Message.Contains("migration lock", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(LogLevel.Warning, cleared.Level);
        Assert.Contains("2026-01-05 08:30:00", cleared.Message);
        Assert.Equal(0, SqliteFile.MigrationLockRows(database));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
