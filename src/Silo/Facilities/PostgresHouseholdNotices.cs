using Anju.Facilities;
using Npgsql;

namespace Anju.Silo.Facilities;

/// <summary><see cref="IHouseholdNotices"/> on PostgreSQL (<c>anju_household_notices</c>, migration 0012): one
/// statement per batch of dwellings, and a notice issued again for the same order and dwelling is left as it was.</summary>
public sealed class PostgresHouseholdNotices(string connectionString, TimeProvider clock) : IHouseholdNotices, IAsyncDisposable
{
    private const string InsertSql = """
        INSERT INTO anju_household_notices (order_id, estate_id, dwelling_id, issued_at, kind, text)
        SELECT $1, $2, d, $3, $4, $5 FROM unnest($6::text[]) AS x(d)
        ON CONFLICT (order_id, dwelling_id) DO NOTHING
        """;

    private const string Columns = "order_id, estate_id, dwelling_id, issued_at, kind, text";

    private readonly NpgsqlDataSource _db = NpgsqlDataSource.Create(Anju.Access.Hosting.ConnectionPools.Bounded(connectionString, 4));

    public async Task IssueAsync(string orderId, string estateId, IReadOnlyList<string> dwellingIds, string kind, string text)
    {
        ArgumentNullException.ThrowIfNull(dwellingIds);
        if (dwellingIds.Count == 0)
        {
            return;
        }

        await using var command = _db.CreateCommand(InsertSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = orderId });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = estateId });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = clock.GetUtcNow() });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = kind });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = text });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. dwellingIds] });
        await command.ExecuteNonQueryAsync(); // autocommit: one statement, one commit
    }

    public Task<IReadOnlyList<HouseholdNotice>> OfOrderAsync(string orderId) =>
        ReadAsync($"SELECT {Columns} FROM anju_household_notices WHERE order_id = $1 ORDER BY dwelling_id", orderId);

    public Task<IReadOnlyList<HouseholdNotice>> OfDwellingAsync(string estateId, string dwellingId, int take) =>
        ReadAsync($"SELECT {Columns} FROM anju_household_notices WHERE estate_id = $1 AND dwelling_id = $2 ORDER BY issued_at DESC LIMIT {Math.Clamp(take, 0, 1000)}", estateId, dwellingId);

    private async Task<IReadOnlyList<HouseholdNotice>> ReadAsync(string sql, params string[] values)
    {
        await using var command = _db.CreateCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = value });
        }

        var notices = new List<HouseholdNotice>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            notices.Add(new HouseholdNotice(
                reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetFieldValue<DateTimeOffset>(3), reader.GetString(4), reader.GetString(5)));
        }

        return notices;
    }

    public ValueTask DisposeAsync() => _db.DisposeAsync();
}
