using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;
using Npgsql;
using Portal.Web.Data;
using Portal.Web.Infrastructure;
using Portal.Web.Search;

namespace Portal.Web.Cli.Copy;

/// <summary>
/// <c>database copy --to "Host=...;Database=...;Username=..."</c>: copies the site's SQLite database (the one
/// <c>ConnectionStrings:Portal</c> names, as the site uses it) into an empty PostgreSQL database, every table and every row with
/// its id (news, revisions, accounts and roles, pages, institutions, translations), so that a site that started small moves to a
/// server without losing its newsroom's work. The target is migrated first; its search index is built from the copied rows.
/// </summary>
public static class DatabaseCopyCommand
{
    public const string Usage =
        "Usage: Portal.Web database copy --to \"Host=...;Database=...;Username=...\" [--ConnectionStrings:Portal=Data Source=...]" +
        " (the password from ~/.pgpass or PGPASSWORD, or Password=... in the connection string)";

    /// <summary>0 when the copy is in; 1 when it was refused, with a message; 2 when the arguments were not understood.</summary>
    public static async Task<int> RunAsync(string[] args, CommandConsole console, CancellationToken cancellationToken = default)
    {
        if (args is not ["database", "copy", "--to", var target, .. var configuration] || target.StartsWith('-'))
        {
            await console.Error.WriteLineAsync(Usage);
            return 2;
        }

        try
        {
            await CopyAsync(target, configuration, console, cancellationToken);
            return 0;
        }
        catch (CommandException e)
        {
            await console.Error.WriteLineAsync("Error: " + e.Message);
            return 1;
        }
        catch (NpgsqlException e)
        {
            // Not reached, the sign-in refused, or the connection lost on the way: the copy's one transaction was not committed.
            await console.Error.WriteLineAsync($"Error: the PostgreSQL database failed ({e.Message}); nothing was copied.");
            return 1;
        }
    }

    private static async Task CopyAsync(string target, string[] configuration, CommandConsole console, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        // The source as the site opens it: the same settings, and migrated as the site's start-up would.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = configuration });
        builder.Logging.ClearProviders();
        builder.Services.AddPortalData(builder.Configuration, builder.Environment);
        await using var app = builder.Build();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        DatabaseOptions sourceOptions;
        try
        {
            sourceOptions = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            throw new CommandException(e.Message);
        }

        if (sourceOptions.IsPostgreSql)
        {
            throw new CommandException($"The source must be the SQLite database: {DatabaseOptions.ProviderKey} is PostgreSql.");
        }

        await services.GetRequiredService<DatabaseMigration>().MigrateAsync(cancellationToken);
        var source = services.GetRequiredService<PortalDb>();

        await using var destination = OpenTarget(target);
        await new DatabaseMigration(destination, services.GetRequiredService<ILogger<DatabaseMigration>>()).MigrateAsync(cancellationToken);
        if (await HoldsAnythingAsync(destination, cancellationToken) is { } table)
        {
            throw new CommandException($"The PostgreSQL database is not empty (its table {table} has rows): copy only into a new, empty database.");
        }

        var copied = 0;
        await using (var transaction = await destination.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (var entityType in InDependencyOrder(source.Model))
            {
                copied += await CopyTableAsync(source, destination, entityType, cancellationToken);
            }

            await SearchIndex.RebuildAsync(destination, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        await console.Out.WriteLineAsync($"Copied {copied} rows into the PostgreSQL database in {clock.ElapsedMilliseconds} ms.");
    }

    private static PortalDb OpenTarget(string connectionString)
    {
        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (Exception e) when (e is ArgumentException or KeyNotFoundException)
        {
            // An unknown keyword is an ArgumentException, one without a value a KeyNotFoundException.
            throw new CommandException("--to is not a PostgreSQL connection string; write it as \"Host=127.0.0.1;Database=portal;Username=portal\".");
        }

        var options = new DbContextOptionsBuilder<PortalDb>()
            .UseNpgsql(connectionString)
            .ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>()
            .Options;
        return new PortalDb(options);
    }

    /// <summary>The first table of the model that has a row in the target, if any.</summary>
    private static async Task<string?> HoldsAnythingAsync(PortalDb db, CancellationToken cancellationToken)
    {
        foreach (var entityType in InDependencyOrder(db.Model))
        {
            var table = entityType.GetTableName()!;
            var sql = $"""SELECT 1 AS "Value" FROM "{table}" LIMIT 1"""; // the model's own table names, never input
            var rows = await db.Database.SqlQueryRaw<int>(sql).ToListAsync(cancellationToken);
            if (rows.Count > 0)
            {
                return table;
            }
        }

        return null;
    }

    /// <summary>Tables before the tables that refer to them; owned types go with their owner.</summary>
    private static List<IEntityType> InDependencyOrder(IModel model)
    {
        var ordered = new List<IEntityType>();
        void Visit(IEntityType type)
        {
            if (ordered.Contains(type))
            {
                return;
            }

            foreach (var principal in type.GetForeignKeys().Select(fk => fk.PrincipalEntityType).Where(p => p != type && !p.IsOwned()))
            {
                Visit(principal);
            }

            ordered.Add(type);
        }

        foreach (var type in model.GetEntityTypes().Where(t => !t.IsOwned()).OrderBy(t => t.GetTableName(), StringComparer.Ordinal))
        {
            Visit(type);
        }

        return ordered;
    }

    private static Task<int> CopyTableAsync(PortalDb source, PortalDb destination, IEntityType entityType, CancellationToken cancellationToken) =>
        (Task<int>)typeof(DatabaseCopyCommand).GetMethod(nameof(CopyRowsAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(entityType.ClrType)
            .Invoke(null, [source, destination, entityType, cancellationToken])!;

    /// <summary>Every row with its own id, deleted news included; then the table's id sequence goes on after the highest id.</summary>
    private static async Task<int> CopyRowsAsync<T>(PortalDb source, PortalDb destination, IEntityType entityType, CancellationToken cancellationToken)
        where T : class
    {
        var rows = await source.Set<T>().IgnoreQueryFilters().AsNoTracking().ToListAsync(cancellationToken);
        destination.Set<T>().AddRange(rows);
        await destination.SaveChangesAsync(cancellationToken);
        destination.ChangeTracker.Clear();

        if (entityType.FindPrimaryKey() is { Properties: [var key] } && key.ValueGenerated == ValueGenerated.OnAdd
            && (key.ClrType == typeof(int) || key.ClrType == typeof(long)))
        {
            var (table, column) = (entityType.GetTableName()!, key.GetColumnName());
            var sql = $"""SELECT setval(pg_get_serial_sequence('"{table}"', '{column}'), COALESCE(MAX("{column}"), 0) + 1, false) FROM "{table}" """;
            await destination.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        }

        return rows.Count;
    }
}
