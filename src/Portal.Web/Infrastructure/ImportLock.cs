using Npgsql;

namespace Portal.Web.Infrastructure;

/// <summary>
/// On PostgreSQL, where several instances share one database: the one that imports content/ holds a session advisory lock, on
/// a connection of its own; the others wait for it. The server releases it when its holder ends in any way, <c>kill -9</c>
/// included. (On SQLite there is one machine and one app: no lock.)
/// </summary>
public sealed class ImportLock : IAsyncDisposable
{
    // Any constant the app alone uses: "portal" in ASCII.
    private const long Key = 0x706F7274616C;

    private readonly NpgsqlConnection connection;

    private ImportLock(NpgsqlConnection connection, bool waited) => (this.connection, WaitedForAnother) = (connection, waited);

    /// <summary>Another instance held the lock when this one asked: it was importing, and has finished by now.</summary>
    public bool WaitedForAnother { get; }

    /// <summary>Takes the lock; when another instance holds it, runs <paramref name="whenHeld"/> and then waits for it.</summary>
    public static async Task<ImportLock> AcquireAsync(string connectionString, Func<Task> whenHeld, CancellationToken cancellationToken)
    {
        // Not pooled: a pooled connection would keep the session, and so the lock, after it is given back.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (await ScalarAsync<bool>(connection, "SELECT pg_try_advisory_lock($1)", cancellationToken))
            {
                return new ImportLock(connection, waited: false);
            }

            await whenHeld();
            await ScalarAsync<object>(connection, "SELECT pg_advisory_lock($1)", cancellationToken);
            return new ImportLock(connection, waited: true);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync(); // closing the session releases the lock

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { Parameters = { new NpgsqlParameter { Value = Key } } };
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
