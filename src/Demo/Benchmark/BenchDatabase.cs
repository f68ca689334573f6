using System.Diagnostics;
using System.Globalization;
using Npgsql;
using NpgsqlTypes;

namespace Anju.Demo.Benchmark;

/// <summary>
/// The database's own limit, measured from this machine the way Anju writes: single-row upserts, each its own commit,
/// from 1, 8 and 64 concurrent clients; then multi-row upserts (one statement per commit, the shape of the journal's
/// group commit) of 50, 200 and 500 rows from 8 clients. Every other figure of <c>docs/benchmarks.md</c> is read
/// against these. Uses a scratch table it creates and drops (owner connection), rows of 1,600 bytes (a dwelling's
/// state is 1.4–1.8 KB).
/// </summary>
public sealed class BenchDatabase(string connectionString, TimeSpan duration, TextWriter output)
{
    private const string Table = "anju_bench_limit";
    private const int PayloadBytes = 1600;
    private const int Keys = 100_000;

    private static readonly string SingleSql =
        $"INSERT INTO {Table} (k, v, p) VALUES ($1, $2, $3) ON CONFLICT (k) DO UPDATE SET v = excluded.v, p = excluded.p";

    private static readonly string BatchSql =
        $"INSERT INTO {Table} (k, v, p) SELECT k, v, p FROM unnest($1::text[], $2::bigint[], $3::bytea[]) AS t(k, v, p) ORDER BY k " +
        "ON CONFLICT (k) DO UPDATE SET v = excluded.v, p = excluded.p";

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 80, NoResetOnClose = true };
        await using var db = NpgsqlDataSource.Create(builder.ConnectionString);
        await ExecuteAsync(db, $"DROP TABLE IF EXISTS {Table}; CREATE TABLE {Table} (k text PRIMARY KEY, v bigint NOT NULL, p bytea NOT NULL) WITH (fillfactor = 70)", ct);
        try
        {
            var settings = await SettingsAsync(db, ct);
            output.WriteLine($"PostgreSQL limit, {duration.TotalSeconds:F0} s per run, rows of {PayloadBytes} bytes over {Keys:N0} keys; {settings}");
            output.WriteLine("| shape | clients | rows per commit | commits/s | rows/s | commit p50 | commit p99 |");
            output.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
            foreach (var clients in new[] { 1, 8, 64 })
            {
                Print("single-row upsert", clients, 1, await MeasureAsync(db, clients, 1, ct));
            }

            foreach (var rows in new[] { 50, 200, 500 })
            {
                Print("multi-row upsert", 8, rows, await MeasureAsync(db, 8, rows, ct));
            }

            return 0;
        }
        finally
        {
            await ExecuteAsync(db, $"DROP TABLE IF EXISTS {Table}", CancellationToken.None);
        }
    }

    private void Print(string shape, int clients, int rows, (long Commits, TimeSpan Elapsed, BenchLivePercentiles Latency) run)
    {
        var perSecond = run.Commits / run.Elapsed.TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {shape} | {clients} | {rows} | {perSecond:F0} | {perSecond * rows:F0} | {run.Latency.At(50):F1} ms | {run.Latency.At(99):F1} ms |"));
    }

    private async Task<(long Commits, TimeSpan Elapsed, BenchLivePercentiles Latency)> MeasureAsync(NpgsqlDataSource db, int clients, int rows, CancellationToken ct)
    {
        var payload = new byte[PayloadBytes];
        Random.Shared.NextBytes(payload);
        var samples = new List<long>[clients];
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        stop.CancelAfter(duration);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(c => Task.Run(async () =>
        {
            var mine = samples[c] = [];
            var random = new Random(c);
            for (long n = 0; !stop.IsCancellationRequested; n++)
            {
                var started = Stopwatch.GetTimestamp();
                await using var command = rows == 1 ? Single(db, random, n, payload) : Batch(db, random, n, rows, payload);
                await command.ExecuteNonQueryAsync(CancellationToken.None);
                mine.Add(Stopwatch.GetElapsedTime(started).Ticks);
            }
        }, CancellationToken.None)));
        clock.Stop();
        var all = samples.SelectMany(s => s).ToList();
        return (all.Count, clock.Elapsed, new BenchLivePercentiles(all));
    }

    private static NpgsqlCommand Single(NpgsqlDataSource db, Random random, long n, byte[] payload)
    {
        var command = db.CreateCommand(SingleSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = Key(random) });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = n });
        command.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = payload });
        return command;
    }

    private static NpgsqlCommand Batch(NpgsqlDataSource db, Random random, long n, int rows, byte[] payload)
    {
        var keys = Enumerable.Range(0, rows).Select(_ => Key(random)).Distinct().ToArray();
        var command = db.CreateCommand(BatchSql);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = keys });
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = [.. keys.Select(_ => n)] });
        command.Parameters.Add(new NpgsqlParameter<byte[][]> { TypedValue = [.. keys.Select(_ => payload)], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
        return command;
    }

    private static string Key(Random random) => $"dwelling/BENCH/{random.Next(Keys)}";

    private static async Task<string> SettingsAsync(NpgsqlDataSource db, CancellationToken ct)
    {
        await using var command = db.CreateCommand(
            "SELECT 'server ' || current_setting('server_version') || ', synchronous_commit ' || current_setting('synchronous_commit') || ', fsync ' || current_setting('fsync') || ', wal_level ' || current_setting('wal_level')");
        return (string)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task ExecuteAsync(NpgsqlDataSource db, string sql, CancellationToken ct)
    {
        await using var command = db.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(ct);
    }
}
