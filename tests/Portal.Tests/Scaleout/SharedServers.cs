using System.Net;
using Portal.Tests.Infrastructure;
using Portal.Tests.Startup;
using Portal.Web.Cli;

namespace Portal.Tests.Scaleout;

/// <summary>
/// Two instances of the built app, as two machines behind a load balancer run it: one PostgreSQL database (new, of this fixture's
/// own) and one Redis, each instance with a scratch folder of its own, so that nothing is shared through the file system.
/// </summary>
public sealed class SharedServers : IDisposable
{
    private readonly List<PortalProcess> instances = [];
    private readonly List<string> folders = [];

    public SharedServers()
    {
        ConnectionString = TestServers.CreateDatabase();
        Redis = TestServers.RequireRedis();
    }

    public string ConnectionString { get; }
    public string Redis { get; }

    /// <summary>Starts one more instance on the shared servers; it is stopped with the fixture.</summary>
    public PortalProcess Start(string contentPath)
    {
        var folder = Directory.CreateTempSubdirectory("portal-instance-").FullName;
        folders.Add(folder);
        var instance = PortalProcess.StartWith(ConnectionString, contentPath, folder, new Dictionary<string, string>
        {
            ["Portal__Database__Provider"] = "PostgreSql",
            ["ConnectionStrings__Redis"] = Redis,
        });
        instances.Add(instance);
        return instance;
    }

    /// <summary>An editor's account made by the app's own command, as an operator makes one; its e-mail address.</summary>
    public async Task<string> AddEditorAsync(string password)
    {
        var email = $"editor-{Guid.NewGuid():N}@example.org";
        var output = new StringWriter();
        var exitCode = await PortalCommand.RunAsync(
            ["users", "add", email, "--role", "Editor", "--Portal:Database:Provider=PostgreSql", $"--ConnectionStrings:Portal={ConnectionString}"],
            new CommandConsole(output, output, () => password));
        Assert.True(exitCode == 0, output.ToString());
        return email;
    }

    /// <summary>A client of one instance; clients made with the same <paramref name="cookies"/> share them, as one browser does.</summary>
    public static HttpClient ClientOf(PortalProcess instance, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = instance.Address };

    public void Dispose()
    {
        foreach (var instance in instances)
        {
            instance.Dispose();
        }

        TestServers.DropDatabase(ConnectionString);
        foreach (var folder in folders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
