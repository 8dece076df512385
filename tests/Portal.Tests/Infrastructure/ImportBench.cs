using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Portal.Web;
using Portal.Web.Content;
using Portal.Web.Data;
using Portal.Web.Infrastructure;

namespace Portal.Tests.Infrastructure;

/// <summary>The content importer on its own, against a real migrated SQLite file in a temporary folder.</summary>
public sealed class ImportBench : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("portal-import-").FullName;

    public ImportBench(string contentPath)
    {
        ContentPath = contentPath;
        Options = new DbContextOptionsBuilder<PortalDb>()
            .UseSqlite($"Data Source={Path.Combine(folder, "portal.db")}")
            // SQLite's own migrations: the assembly holds PostgreSQL's too, as the app's DataSetup knows.
            .ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>()
            .Options;
        using var db = NewDb();
        db.Database.Migrate();
    }

    public string ContentPath { get; }
    public DbContextOptions<PortalDb> Options { get; }
    /// <summary>What the importer logged, as an operator would read it.</summary>
    public FakeLogger<ContentImporter> Log { get; } = new();

    public PortalDb NewDb() => new(Options);

    public async Task<ImportReport> ImportAsync()
    {
        await using var db = NewDb();
        var options = Microsoft.Extensions.Options.Options.Create(new PortalOptions { ContentPath = ContentPath });
        return await new ContentImporter(db, options, TimeProvider.System, Log).ImportAsync();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
