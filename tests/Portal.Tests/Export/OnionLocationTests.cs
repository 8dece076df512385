using System.ComponentModel.DataAnnotations;
using Portal.Tests.Infrastructure;
using Portal.Web.Infrastructure;

namespace Portal.Tests.Export;

/// <summary><c>Portal:OnionAddress</c>: Tor Browser is told that each public page is also on the onion service.</summary>
public sealed class OnionLocationTests(OnionLocationTests.Factory factory) : IClassFixture<OnionLocationTests.Factory>
{
    public const string Onion = "http://portalexampleonionaddressxxxxxxxxxxxxxxxxxxxxxxxxxxx.onion";

    public sealed class Factory() : PortalFactory(TestPaths.FixtureContent)
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Portal:OnionAddress", Onion + "/");
        }
    }

    [Fact]
    public async Task A_public_page_names_the_same_page_on_the_onion_service()
    {
        var client = await factory.ReadyClientAsync();

        using var response = await client.GetAsync("/fr/news?page=1");

        Assert.Equal($"{Onion}/fr/news?page=1", Assert.Single(response.Headers.GetValues("Onion-Location")));
    }

    [Fact]
    public async Task The_newsroom_is_not_announced_on_the_onion_service()
    {
        var client = await factory.ReadyClientAsync();

        using var response = await client.GetAsync("/admin/login");

        Assert.False(response.Headers.Contains("Onion-Location"));
    }

    [Theory]
    [InlineData("https://example.org", false)]
    [InlineData("portalexample.onion", false)]
    [InlineData("ftp://portalexample.onion", false)]
    [InlineData("http://portalexample.onion", true)]
    [InlineData("https://portalexample.onion/", true)]
    [InlineData("", true)]
    public void Only_an_http_address_on_an_onion_host_is_accepted(string address, bool accepted)
    {
        var options = new OnionOptions { OnionAddress = address };
        var problems = new List<ValidationResult>();

        Assert.Equal(accepted, Validator.TryValidateObject(options, new ValidationContext(options), problems, validateAllProperties: true));
        Assert.All(problems, problem => Assert.Contains("Portal:OnionAddress", problem.ErrorMessage));
    }
}
