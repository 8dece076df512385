using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Portal.Tests.Infrastructure;
using Portal.Web.Infrastructure;

namespace Portal.Tests.Infrastructure;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_is_200_once_the_content_is_imported()
    {
        using var factory = new PortalFactory(TestPaths.FixtureContent);
        var client = await factory.ReadyClientAsync();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Health_is_503_while_the_content_is_not_imported()
    {
        using var factory = new PortalFactory(TestPaths.FixtureContent).WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services =>
            {
                // No start-up import: the app stays in the state it is in before the import ends.
                var import = services.Single(s => s.ImplementationType == typeof(StartupImport));
                services.Remove(import);
            }));
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }
}
