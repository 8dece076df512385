using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Portal.Web.Data;
using Portal.Web.Infrastructure;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The real app over HTTP, on its own SQLite file in a temporary folder (or, for a subclass on <see cref="DatabaseProvider.PostgreSql"/>,
/// its own new database on the test server), importing the content folder it is given.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly string folder = Directory.CreateTempSubdirectory("portal-tests-").FullName;
    private string? postgreSqlDatabase;

    /// <param name="databasePath">An existing database to start on (a restart); by default a new one in the scratch folder.</param>
    public PortalFactory(string contentPath, string? databasePath = null)
    {
        ContentPath = contentPath;
        DatabasePath = databasePath ?? Path.Combine(folder, "portal.db");
    }

    public string ContentPath { get; }
    public string DatabasePath { get; }

    /// <summary>A scratch folder of this factory's own, removed with it.</summary>
    public string Folder => folder;

    /// <summary>The database engine the app runs on.</summary>
    public virtual DatabaseProvider Provider => DatabaseProvider.Sqlite;

    /// <summary>The app's connection string: the SQLite file, or the test server's database made for this factory.</summary>
    public string ConnectionString => Provider == DatabaseProvider.PostgreSql
        ? postgreSqlDatabase ??= TestServers.CreateDatabase()
        : $"Data Source={DatabasePath}";

    /// <summary>Runs on an existing PostgreSQL database (one a test filled) instead of a new one; it is dropped with the factory.</summary>
    public void UsePostgreSqlDatabase(string connectionString) => postgreSqlDatabase = connectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting(DatabaseOptions.ProviderKey, Provider.ToString());
        builder.UseSetting("ConnectionStrings:Portal", ConnectionString);
        builder.UseSetting("Portal:ContentPath", ContentPath);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Admin:KeysPath", Path.Combine(folder, "keys"));
    }

    /// <summary>A client that does not follow redirects, so tests see them; it starts the app and waits for the import.</summary>
    public async Task<HttpClient> ReadyClientAsync()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await WhenReadyAsync();
        return client;
    }

    /// <summary>Waits until the app has migrated its database and imported its content (a failed import throws here).</summary>
    public Task WhenReadyAsync() => Services.GetRequiredService<Readiness>().WhenReady.WaitAsync(TimeSpan.FromMinutes(1));

    /// <summary>Runs <paramref name="work"/> with the app's own database context.</summary>
    public async Task<T> WithDbAsync<T>(Func<PortalDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PortalDb>());
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (postgreSqlDatabase is not null)
        {
            TestServers.DropDatabase(postgreSqlDatabase);
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the test host: the temporary folder is cleaned by the OS.
        }
    }
}
