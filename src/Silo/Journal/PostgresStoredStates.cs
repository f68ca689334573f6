using Anju.Journal;
using Npgsql;

namespace Anju.Silo.Journal;

/// <summary>
/// <see cref="IStoredStates"/> on PostgreSQL: the Orleans storage row (<c>orleansstorage</c>, found by its grain key
/// through the index of migration 0013) and the journal's row (<c>anju_state_journal</c>) of many grains, in one
/// statement. Its own small pool: a silo restarting with the demo city runs one such read per grid (about 750), and
/// they wait their turn rather than crowd the providers' pool out.
/// </summary>
public sealed class PostgresStoredStates : IStoredStates, IAsyncDisposable
{
    /// <summary>Connections this reader may hold.</summary>
    public const int Connections = 4;

    private const string ReadSql = """
        SELECT k.key, s.payloadbinary, j.version, j.payload
        FROM unnest($2::text[]) AS k(key)
        LEFT JOIN orleansstorage s
          ON s.grainidextensionstring = k.key AND s.serviceid = $1 AND s.graintypestring = $3
        LEFT JOIN anju_state_journal j
          ON j.service_id = $1 AND j.grain_key = k.key
        WHERE s.payloadbinary IS NOT NULL OR j.payload IS NOT NULL
        """;

    private readonly NpgsqlDataSource _db;
    private readonly string _serviceId;

    public PostgresStoredStates(string connectionString, string serviceId)
    {
        // A grid's read waits for a connection behind the others of a restart, longer than the 15 s an interactive
        // call would: it is one statement of a few milliseconds, so the queue drains, where failing would repeat it.
        var builder = new NpgsqlConnectionStringBuilder(Anju.Access.Hosting.ConnectionPools.Bounded(connectionString, Connections));
        builder.Timeout = Math.Max(builder.Timeout, 120);
        (_db, _serviceId) = (NpgsqlDataSource.Create(builder.ConnectionString), serviceId);
    }

    public bool Available => true;

    public async Task<IReadOnlyList<StoredState>> ReadAsync(string stateName, IReadOnlyList<string> grainKeys)
    {
        ArgumentNullException.ThrowIfNull(grainKeys);
        if (grainKeys.Count == 0)
        {
            return [];
        }

        await using var command = _db.CreateCommand(ReadSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = _serviceId });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. grainKeys] });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = stateName });
        var found = new List<StoredState>(grainKeys.Count);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            found.Add(new StoredState(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : (byte[])reader.GetValue(1),
                reader.IsDBNull(2) ? null : new JournalEntry(reader.GetInt64(2), (byte[])reader.GetValue(3))));
        }

        return found;
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();
}
