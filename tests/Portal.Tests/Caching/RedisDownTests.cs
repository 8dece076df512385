using System.Net;
using System.Net.Sockets;
using Portal.Tests.Admin;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Caching;

/// <summary>The app told to share its output cache in a Redis where nothing listens (Redis down, or not yet up).</summary>
public sealed class RedisDownFactory : NewsroomFactory
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("ConnectionStrings:Redis", $"127.0.0.1:{ClosedPort()},connectTimeout=500");
    }

    /// <summary>A loopback port that was free a moment ago: nothing answers there.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>A shared cache that cannot be reached costs the cache, never the page: readers and editors go on working.</summary>
public sealed class RedisDownTests(RedisDownFactory factory) : IClassFixture<RedisDownFactory>
{
    [Fact]
    public async Task Readers_get_every_page_and_an_editors_publication_at_once_while_Redis_is_down()
    {
        var reader = await factory.ReadyClientAsync();
        var editor = await factory.EditorClientAsync();

        using var before = await reader.GetAsync("/en/news");
        await editor.SaveAsync(await editor.NewItemFormAsync("while-redis-is-down"), "Publish");
        var after = await reader.GetDocumentAsync("/en/news");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Contains("Title en while-redis-is-down", after.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/ru/feed.xml")).StatusCode);
    }
}
