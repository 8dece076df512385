using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Portal.Tests.Infrastructure;
using Portal.Web.Infrastructure;

namespace Portal.Tests.Startup;

/// <summary>What the log shows while a load balancer polls <c>/healthz</c> before the site is ready.</summary>
public sealed class HealthLogTests : IDisposable
{
    private readonly FakeLoggerProvider log = new();
    private readonly PortalFactory factory = new(TestPaths.FixtureContent);

    [Fact]
    public async Task Health_polls_while_the_content_is_imported_are_logged_as_information_not_as_errors()
    {
        using var importing = WithLog(services =>
        {
            // No start-up import: the app stays as it is while the import runs.
            services.Remove(services.Single(s => s.ImplementationType == typeof(StartupImport)));
        });
        var client = importing.CreateClient();

        for (var poll = 0; poll < 3; poll++)
        {
            using var response = await client.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        }

        Assert.DoesNotContain(log.Collector.GetSnapshot(), entry => entry.Level >= LogLevel.Error);
        var polls = log.Collector.GetSnapshot().Count(entry =>
            entry.Level == LogLevel.Information && entry.Message.Contains("/healthz") && entry.Message.Contains("responded 503"));
        Assert.True(polls == 3, $"{polls} polls logged at Information instead of 3. The log:\n{string.Join("\n", log.Collector.GetSnapshot())}");
    }

    [Fact]
    public async Task A_failed_start_up_is_logged_once_however_often_health_is_polled()
    {
        // A database that cannot be migrated: a table of the first migration is already there, made by someone else.
        SqliteFile.Execute(factory.DatabasePath, """CREATE TABLE "Pages" ("Id" INTEGER PRIMARY KEY)""");
        using var failing = WithLog(_ => { });
        var client = failing.CreateClient();
        var readiness = failing.Services.GetRequiredService<Readiness>();
        // A hang guard (CI runs this beside the browser suite on two cores): the start-up's own failure, not the wait's.
        var failure = await Assert.ThrowsAnyAsync<Exception>(() => readiness.WhenReady.WaitAsync(TimeSpan.FromMinutes(2)));
        Assert.IsNotType<TimeoutException>(failure);
        var errorsBeforePolls = log.Collector.GetSnapshot().Count(entry => entry.Level >= LogLevel.Error);

        for (var poll = 0; poll < 3; poll++)
        {
            using var response = await client.GetAsync("/healthz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        }

        Assert.Single(log.Collector.GetSnapshot(), entry => entry.Level == LogLevel.Critical);
        Assert.Equal(errorsBeforePolls, log.Collector.GetSnapshot().Count(entry => entry.Level >= LogLevel.Error));
    }

    public void Dispose()
    {
        factory.Dispose();
        SqliteConnection.ClearAllPools();
    }

    private WebApplicationFactory<Program> WithLog(Action<IServiceCollection> configureServices) =>
        factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<ILoggerProvider>(log);
                configureServices(services);
            });
        });
}
