using Anju.Security;
using Anju.Silo.Ingest;
using Anju.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Anju.Tests.Integration;

/// <summary>The device event log on PostgreSQL: rows of many callers in one commit, a repeated event kept once, and
/// the purge taking only rows older than its cut-off.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DeviceEventLogTests(PostgresFixture db)
{
    private static DeviceEvent Beat(string id, string camera) =>
        new(id, "vms-test", DateTimeOffset.UtcNow, DeviceEventKind.Heartbeat, camera, null, null);

    private async Task<long> CountAsync(NpgsqlDataSource data, string estateId)
    {
        await using var count = data.CreateCommand("SELECT count(*) FROM anju_device_events WHERE estate_id = $1");
        count.Parameters.AddWithValue(estateId);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task Concurrent_appends_keep_each_event_once_and_the_purge_takes_only_old_rows()
    {
        var estateId = Fresh.EstateId();
        await using var data = NpgsqlDataSource.Create(db.ConnectionString);
        await using (var log = new DeviceEventLog(db.ConnectionString, Options.Create(new DeviceLogOptions { MaxBatch = 50 })))
        {
            // 40 callers of 25 events each, every event sent by two callers: 500 distinct events in several commits.
            await Task.WhenAll(Enumerable.Range(0, 40).Select(c => log.AppendAsync("ik-test",
                Enumerable.Range(0, 25).Select(k => (estateId, Beat($"hb-{(c / 2 * 25) + k}", $"C{k:D2}"))))));
            Assert.Equal(500, await CountAsync(data, estateId));

            await using (var age = data.CreateCommand("UPDATE anju_device_events SET received_at = now() - interval '4 days' WHERE estate_id = $1 AND event_id LIKE 'hb-1%'"))
            {
                age.Parameters.AddWithValue(estateId);
                Assert.Equal(111, await age.ExecuteNonQueryAsync()); // hb-1, hb-10…hb-19, hb-100…hb-199
            }

            var purged = 0;
            while (await log.PurgeAsync(DateTimeOffset.UtcNow.AddDays(-3), 50, CancellationToken.None) is var deleted and > 0)
            {
                purged += deleted;
            }

            Assert.True(purged >= 111, $"purged {purged}"); // other tests' old rows may go too, never a new one
            Assert.Equal(389, await CountAsync(data, estateId));
        }
    }
}
