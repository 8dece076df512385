using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Internal;

namespace Portal.Web.Infrastructure;

/// <summary>
/// The migrations of the database's provider only: SQLite's in <c>Data/Migrations</c>, PostgreSQL's in
/// <c>Data/PostgreSqlMigrations</c>, both for the one <see cref="Data.PortalDb"/> in this one assembly (EF Core's "migrations with
/// multiple providers", told apart by namespace rather than by a context or an assembly per provider).
/// </summary>
#pragma warning disable EF1001 // MigrationsAssembly is EF Core's own implementation, made to be extended this way.
public sealed class ProviderMigrationsAssembly : MigrationsAssembly
{
    public const string SqliteNamespace = "Portal.Web.Data.Migrations";
    public const string PostgreSqlNamespace = "Portal.Web.Data.PostgreSqlMigrations";

    private readonly DbContext context;
    private IReadOnlyDictionary<string, TypeInfo>? migrations;
    private ModelSnapshot? snapshot;
    private bool snapshotFound;

    public ProviderMigrationsAssembly(ICurrentDbContext currentContext, IDbContextOptions options, IMigrationsIdGenerator idGenerator,
        IDiagnosticsLogger<DbLoggerCategory.Migrations> logger)
        : base(currentContext, options, idGenerator, logger) => context = currentContext.Context;

    private string Namespace => context.Database.IsNpgsql() ? PostgreSqlNamespace : SqliteNamespace;

    public override IReadOnlyDictionary<string, TypeInfo> Migrations =>
        migrations ??= base.Migrations.Where(m => m.Value.Namespace == Namespace)
            .ToDictionary(m => m.Key, m => m.Value)
            .AsReadOnly();

    public override ModelSnapshot? ModelSnapshot
    {
        get
        {
            if (!snapshotFound)
            {
                var contextType = context.GetType();
                snapshot = Assembly.GetTypes()
                    .Where(t => t.IsSubclassOf(typeof(ModelSnapshot)) && !t.IsAbstract && t.Namespace == Namespace
                        && t.GetCustomAttribute<DbContextAttribute>()?.ContextType == contextType)
                    .Select(t => (ModelSnapshot)Activator.CreateInstance(t)!)
                    .FirstOrDefault();
                snapshotFound = true;
            }

            return snapshot;
        }
    }
}
#pragma warning restore EF1001
