using System.Net;
using System.Net.Sockets;

namespace Portal.Tests.Cli;

/// <summary>
/// <c>database copy --to ...</c> given a target it cannot use: one line that says why and exit code 1, never a crash with a
/// stack trace (no PostgreSQL server is needed to be refused).
/// </summary>
public sealed class DatabaseCopyRefusalTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("portal-copy-").FullName;

    [Theory]
    [InlineData("nonsense=;;", "--to is not a PostgreSQL connection string")]
    [InlineData("Host=127.0.0.1;Port={closed};Database=portal;Username=portal;Timeout=5", "the PostgreSQL database failed (Failed to connect to 127.0.0.1:")]
    public async Task A_target_that_cannot_be_used_is_refused_in_one_line_and_nothing_is_copied(string target, string expected)
    {
        target = target.Replace("{closed}", ClosedPort().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var result = await PortalCli.RunAsync(folder, Path.Combine(folder, "portal.db"), "database", "copy", "--to", target);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("Error: " + expected, result.Errors);
        Assert.DoesNotContain("   at ", result.Errors);
        Assert.DoesNotContain("Copied", result.Output);
    }

    /// <summary>A loopback port that was free a moment ago: nothing answers there.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
