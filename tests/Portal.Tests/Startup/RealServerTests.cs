using System.Net;
using Microsoft.Data.Sqlite;
using Portal.Tests.Infrastructure;

namespace Portal.Tests.Startup;

/// <summary>What only a real server shows (the test server adds no Server header and keeps HEAD's body).</summary>
public sealed class RealServerTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("portal-real-server-").FullName;

    [Fact]
    public async Task The_server_is_not_named_and_head_answers_without_a_body()
    {
        using var app = PortalProcess.Start(Path.Combine(folder, "portal.db"), TestPaths.FixtureContent);
        // A guard against a hang, not a speed test: CI runs this beside the browser suite on two cores.
        Assert.True(await app.BecomesHealthyWithinAsync(TimeSpan.FromMinutes(2)), app.Output);

        using var get = await app.SendAsync(HttpMethod.Get, "/fr/news");
        using var head = await app.SendAsync(HttpMethod.Head, "/fr/news");

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.False(get.Headers.Contains("Server"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
