using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Startup;

/// <summary>
/// Each app writes its own log, even when another was built after it in the same process (as in the tests, which build
/// many): nothing goes through Serilog's static logger, which names the last one built.
/// </summary>
public sealed class LogIsolationTests : IDisposable
{
    private readonly PortalFactory first = new(TestPaths.FixtureContent);
    private readonly PortalFactory second = new(TestPaths.FixtureContent);

    [Fact]
    public void What_an_app_logs_is_in_its_own_log_not_in_the_log_of_an_app_built_after_it()
    {
        var firstLog = new FakeLoggerProvider();
        var secondLog = new FakeLoggerProvider();
        using var firstApp = WithLog(first, firstLog);
        using var secondApp = WithLog(second, secondLog);
        var firstServices = firstApp.Services;
        var secondServices = secondApp.Services; // built last

        // A logger made after another app was built, as a page's or a DbContext's are, at their first request.
        firstServices.GetRequiredService<ILogger<LogIsolationTests>>().LogWarning("A line of the first app");
        secondServices.GetRequiredService<ILogger<LogIsolationTests>>().LogWarning("A line of the second app");

        Assert.Equal(["A line of the first app"], Lines(firstLog));
        Assert.Equal(["A line of the second app"], Lines(secondLog));
    }

    private static IEnumerable<string> Lines(FakeLoggerProvider log) =>
        log.Collector.GetSnapshot().Where(entry => entry.Category == typeof(LogIsolationTests).FullName).Select(entry => entry.Message);

    public void Dispose()
    {
        first.Dispose();
        second.Dispose();
    }

    private static WebApplicationFactory<Program> WithLog(PortalFactory factory, FakeLoggerProvider log) =>
        factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
            builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(log));
        });
}
