using Npgsql;

namespace Portal.Web.Infrastructure;

/// <summary>
/// On PostgreSQL, where several instances share one database: a session advisory lock, on a connection of its own, held by one
/// process at a time while it migrates the database or imports content/; the others wait for it. The server releases it when its
/// holder ends in any way, <c>kill -9</c> included. (On SQLite, <see cref="MigrationFileLock"/> does this on one machine.)
/// </summary>
public sealed class PostgreSqlLock : IAsyncDisposable
{
    // Constants the app alone uses: "portal" in ASCII, then what is locked.
    public const long Migration = 0x706F7274616C_01;
    public const long Import = 0x706F7274616C_02;

    private readonly NpgsqlConnection connection;

    private PostgreSqlLock(NpgsqlConnection connection, bool waited) => (this.connection, WaitedForAnother) = (connection, waited);

    /// <summary>Another process held the lock when this one asked, and has let go of it by now.</summary>
    public bool WaitedForAnother { get; }

    /// <summary>Takes the lock; when another instance holds it, runs <paramref name="whenHeld"/> and then waits for it.</summary>
    public static async Task<PostgreSqlLock> AcquireAsync(string connectionString, long key, Func<Task> whenHeld,
        CancellationToken cancellationToken)
    {
        // Not pooled: a pooled connection would keep the session, and so the lock, after it is given back.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (await ScalarAsync<bool>(connection, "SELECT pg_try_advisory_lock($1)", key, cancellationToken))
            {
                return new PostgreSqlLock(connection, waited: false);
            }

            await whenHeld();
            await ScalarAsync<object>(connection, "SELECT pg_advisory_lock($1)", key, cancellationToken);
            return new PostgreSqlLock(connection, waited: true);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync(); // closing the session releases the lock

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, long key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new NpgsqlParameter { Value = key } } };
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
