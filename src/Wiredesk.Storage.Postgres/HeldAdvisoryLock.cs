using Npgsql;

namespace Wiredesk.Storage.Postgres;

/// <summary>A session advisory lock and the connection that holds it. Disposing releases the lock and closes the connection; if the process dies instead, the server releases it when the connection drops.</summary>
internal sealed class HeldAdvisoryLock(NpgsqlConnection connection, string name) : IAsyncDisposable
{
    private bool _released;

    public async ValueTask DisposeAsync()
    {
        if (_released)
        {
            return;
        }

        _released = true;
        try
        {
            using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@class, hashtext(@name));", connection);
            command.Parameters.Add(new NpgsqlParameter<int>("class", AdvisoryLocks.Class));
            command.Parameters.Add(new NpgsqlParameter<string>("name", name));
            await command.ExecuteNonQueryAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (NpgsqlException)
        {
            // A broken connection has lost the lock already.
        }
        finally
        {
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }
}
