using Npgsql;

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL and Redis servers that <c>.ci/run</c> starts on loopback and names in <c>PORTAL_TEST_POSTGRES</c> (an Npgsql
/// connection string of a user who may create databases) and <c>PORTAL_TEST_REDIS</c> (host:port). Outside CI a test that
/// needs one that is not there is skipped, saying why; under CI=true it fails.
/// </summary>
public static class TestServers
{
    public const string PostgreSqlVariable = "PORTAL_TEST_POSTGRES";
    public const string RedisVariable = "PORTAL_TEST_REDIS";

    public static string? PostgreSql => Environment.GetEnvironmentVariable(PostgreSqlVariable) is { Length: > 0 } value ? value : null;
    public static string? Redis => Environment.GetEnvironmentVariable(RedisVariable) is { Length: > 0 } value ? value : null;

    private static bool InCi => Environment.GetEnvironmentVariable("CI") == "true";

    /// <summary>Skips the test (fails it in CI) when no PostgreSQL server is named.</summary>
    public static string RequirePostgreSql() => PostgreSql ?? Missing(PostgreSqlVariable, "PostgreSQL");

    public static string RequireRedis() => Redis ?? Missing(RedisVariable, "Redis");

    /// <summary>The factory, once the server its database needs is known to be there (the test is skipped otherwise, outside CI).</summary>
    public static TPortal Checked<TPortal>(TPortal portal) where TPortal : PortalFactory
    {
        if (portal.Provider == Portal.Web.Infrastructure.DatabaseProvider.PostgreSql)
        {
            RequirePostgreSql();
        }

        return portal;
    }

    /// <summary>A new empty database of its own on the test server; its connection string.</summary>
    public static string CreateDatabase()
    {
        var server = new NpgsqlConnectionStringBuilder(RequirePostgreSql());
        var name = "portal_test_" + Guid.NewGuid().ToString("N");
        using (var connection = new NpgsqlConnection(server.ConnectionString))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"""CREATE DATABASE "{name}" """, connection);
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateDatabase"/>, whoever is still connected to it.</summary>
    public static void DropDatabase(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(RequirePostgreSql());
        connection.Open();
        using var command = new NpgsqlCommand($"""DROP DATABASE IF EXISTS "{name}" WITH (FORCE)""", connection);
        command.ExecuteNonQuery();
    }

    private static string Missing(string variable, string server)
    {
        var reason = $"No {server} server: {variable} is not set (.ci/run starts one and sets it)";
        if (InCi)
        {
            throw new InvalidOperationException(reason + "; under CI every test must run.");
        }

        Assert.Skip(reason);
        return "";
    }
}
