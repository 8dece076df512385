using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Seo;

/// <summary>An operator who forgot the official address is told so once, at start-up.</summary>
public sealed class PublicAddressWarningTests
{
    [Theory]
    [InlineData(null, 1)]
    [InlineData("", 1)]
    [InlineData("https://belarus.example.org", 0)]
    public async Task In_production_a_missing_public_address_is_one_warning_at_start_up(string? publicBaseUrl, int warnings)
    {
        var log = new FakeLoggerProvider();
        using var factory = new PortalFactory(TestPaths.FixtureContent);
        using var portal = factory.WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            if (publicBaseUrl is not null)
            {
                builder.UseSetting("Portal:PublicBaseUrl", publicBaseUrl);
            }

            builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(log));
        });

        using var client = portal.CreateClient();
        await client.GetAsync("/healthz");

        Assert.Equal(warnings, log.Collector.GetSnapshot()
            .Count(entry => entry.Level == LogLevel.Warning && entry.Message.Contains("Portal:PublicBaseUrl", StringComparison.Ordinal)));
    }
}
