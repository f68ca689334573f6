using Npgsql;

namespace Anju.Tests.Api;

/// <summary>What the fuzz test compares before and after: every stored row about the test's estate (grain state,
/// journal versions, reminders), anything stored under the unknown ids the test made up (<see cref="FuzzIds.Marker"/>),
/// and the count of integration keys and users. Other tests' grains may write in the background, so the
/// fingerprint is confined to what the fuzz test could have touched.</summary>
public static class FuzzFingerprint
{
    public static async Task<string> TakeAsync(string connectionString, string estateId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var estate = $"%{estateId}%";
        var marker = $"%{FuzzIds.Marker}%";
        var parts = new List<string>();
        foreach (var sql in new[]
        {
            "SELECT count(*)::text FROM anju_ingest_keys",
            "SELECT count(*)::text FROM anju_users",
            "SELECT count(*)::text FROM anju_household_notices",
            "SELECT count(*)::text FROM anju_occupancy_history",
            "SELECT coalesce(string_agg(graintypestring || ':' || coalesce(grainidextensionstring, '') || ':' || version, ',' ORDER BY graintypestring, grainidextensionstring), '') FROM orleansstorage WHERE grainidextensionstring ILIKE @estate",
            "SELECT coalesce(string_agg(grain_key || ':' || v, ',' ORDER BY grain_key), '') FROM (SELECT grain_key, max(version)::text AS v FROM anju_state_journal WHERE grain_key ILIKE @estate GROUP BY grain_key) j",
            "SELECT coalesce(string_agg(grainid || ':' || remindername, ',' ORDER BY grainid, remindername), '') FROM orleansreminderstable WHERE grainid ILIKE @estate",
            "SELECT count(*)::text FROM orleansstorage WHERE grainidextensionstring ILIKE @marker",
            "SELECT count(*)::text FROM anju_state_journal WHERE grain_key ILIKE @marker",
            "SELECT count(*)::text FROM orleansreminderstable WHERE grainid ILIKE @marker",
        })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("estate", estate);
            command.Parameters.AddWithValue("marker", marker);
            parts.Add((string?)await command.ExecuteScalarAsync() ?? "");
        }

        return string.Join("\n", parts);
    }
}
