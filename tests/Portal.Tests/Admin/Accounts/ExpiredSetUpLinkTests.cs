using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Admin.Accounts;

/// <summary>The app with set-up links that expire after a millisecond instead of 24 hours.</summary>
public sealed class ShortLinksFactory : NewsroomFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
            services.Configure<DataProtectionTokenProviderOptions>(tokens => tokens.TokenLifespan = TimeSpan.FromMilliseconds(1)));
    }
}

public sealed class ExpiredSetUpLinkTests(ShortLinksFactory factory) : IClassFixture<ShortLinksFactory>
{
    [Fact]
    public async Task A_link_older_than_its_lifetime_is_refused_with_a_clear_message()
    {
        var admin = await AdminClient.SignInAsync(factory);
        var link = new Uri(await admin.AddAccountAsync($"late-{Guid.NewGuid():N}@example.org", "Editor"));
        await Task.Delay(50);

        var owner = await factory.ReadyClientAsync();
        using var response = await owner.GetAsync(link.PathAndQuery);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("more than 24 hours have passed", (await response.ReadDocumentAsync()).QuerySelector("[role=alert]")!.TextContent);
        Assert.Null((await response.ReadDocumentAsync()).QuerySelector("main form"));
    }
}
