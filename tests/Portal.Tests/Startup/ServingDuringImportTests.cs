using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;
using Portal.Web.Infrastructure;

namespace Portal.Tests.Startup;

/// <summary>
/// A restart opens the last finished import's site to readers as soon as the database is migrated, while /healthz says
/// the start-up is still going; a database without a finished import keeps readers waiting instead of showing half a site.
/// </summary>
public sealed class ServingDuringImportTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly string folder = Directory.CreateTempSubdirectory("portal-serving-").FullName;

    private string Database => Path.Combine(folder, "portal.db");

    [Fact]
    public async Task A_restart_serves_pages_while_the_start_up_is_still_running()
    {
        using (var first = new PortalFactory(TestPaths.FixtureContent, Database))
        {
            await first.ReadyClientAsync();
        }

        SqliteConnection.ClearAllPools();
        var held = new HeldStartUpStep();
        using var restarted = new PortalFactory(TestPaths.FixtureContent, Database);
        using var app = WithHeldStartUp(restarted, held);
        var client = app.CreateClient();
        await held.Reached.Task.WaitAsync(Patience);

        using var home = await client.GetAsync("/en/").WaitAsync(Patience);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("Fixture home", await home.Content.ReadAsStringAsync());
        using (var health = await client.GetAsync("/healthz"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        }

        held.Release.SetResult();
        await app.Services.GetRequiredService<Readiness>().WhenReady.WaitAsync(Patience);
        using var healthy = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
    }

    [Fact]
    public async Task A_new_database_answers_no_page_until_its_first_import_is_finished()
    {
        var held = new HeldStartUpStep();
        using var factory = new PortalFactory(TestPaths.FixtureContent, Database);
        using var app = WithHeldStartUp(factory, held);
        var client = app.CreateClient();
        await held.Reached.Task.WaitAsync(Patience);

        var home = client.GetAsync("/en/");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.False(home.IsCompleted, "a page was answered before the first import was finished");

        held.Release.SetResult();
        using var answer = await home.WaitAsync(Patience);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("Fixture home", await answer.Content.ReadAsStringAsync());
    }

    private static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> WithHeldStartUp(PortalFactory factory, HeldStartUpStep held) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddScoped<IAfterImport>(_ => held)));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>A last start-up step that waits for the test: the start-up is not finished until it is released.</summary>
    private sealed class HeldStartUpStep : IAfterImport
    {
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task RunAsync(CancellationToken cancellationToken)
        {
            Reached.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
        }
    }
}
