using Anju.Access.Audit;
using Anju.Tests.Infrastructure;
using Npgsql;

namespace Anju.Tests.Access;

[Collection(PostgresCollection.Name)]
public class AuditLogTests(PostgresFixture db)
{
    [Fact]
    public async Task Concurrent_appends_from_two_hosts_all_land_in_one_intact_chain_sharing_commits()
    {
        await using var silo = new AuditHarness(db.ConnectionString);
        await using var dashboard = new AuditHarness(db.ConnectionString);
        var actor = $"concurrent-{Guid.NewGuid():N}";
        const int callers = 40, each = 25;

        await Task.WhenAll(Enumerable.Range(0, callers).Select(c => Task.Run(async () =>
        {
            var log = c % 2 == 0 ? silo.Log : dashboard.Log;
            for (var i = 0; i < each; i++)
            {
                await log.AppendAsync(AuditHarness.Entry(actor, objectIds: $"d-{c}-{i}"));
            }
        })));

        var (first, last) = await silo.RangeOfAsync(actor);
        Assert.Equal(callers * each, await db.ScalarAsync<long>($"SELECT count(*) FROM anju_audit WHERE actor = '{actor}'"));
        Assert.Equal(new AuditVerification(true, last - first + 1, null, null), await silo.Chain.VerifyAsync(first, last));
        Assert.True((await silo.Chain.VerifyAsync()).Intact);
        // Group commit: rows that share a transaction share its xmin.
        var commits = await db.ScalarAsync<long>($"SELECT count(DISTINCT xmin::text) FROM anju_audit WHERE actor = '{actor}'");
        Assert.InRange(commits, 1, callers * each / 2);
    }

    [Fact]
    public async Task A_failed_write_fails_its_callers_and_the_log_carries_on()
    {
        await using var audit = new AuditHarness(db.ConnectionString);
        var actor = $"failing-{Guid.NewGuid():N}";

        // PostgreSQL refuses a NUL character in text: the insert, and so the whole transaction, fails.
        var refused = AuditHarness.Entry(actor) with { Detail = "nul \0 here" };
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => audit.Log.AppendAsync(refused));
        await audit.Log.AppendAsync(AuditHarness.Entry(actor));

        Assert.Equal(1, await db.ScalarAsync<long>($"SELECT count(*) FROM anju_audit WHERE actor = '{actor}'"));
    }

    [Fact]
    public async Task When_the_database_cannot_be_reached_every_caller_is_told()
    {
        var nowhere = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Database = "anju_no_such_database", Timeout = 5 };
        await using var audit = new AuditHarness(nowhere.ConnectionString);

        var appends = Enumerable.Range(0, 20).Select(i => audit.Log.AppendAsync(AuditHarness.Entry($"unreachable-{i}"))).ToList();

        foreach (var append in appends)
        {
            await Assert.ThrowsAnyAsync<NpgsqlException>(() => append);
        }
    }

    [Fact]
    public async Task Stopping_the_log_writes_what_it_holds_first_and_then_takes_nothing_more()
    {
        var audit = new AuditHarness(db.ConnectionString);
        var actor = $"draining-{Guid.NewGuid():N}";
        var appends = Enumerable.Range(0, 300).Select(_ => audit.Log.AppendAsync(AuditHarness.Entry(actor))).ToList();

        await audit.Log.DisposeAsync();

        Assert.All(appends, a => Assert.True(a.IsCompletedSuccessfully));
        Assert.Equal(300, await db.ScalarAsync<long>($"SELECT count(*) FROM anju_audit WHERE actor = '{actor}'"));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => audit.Log.AppendAsync(AuditHarness.Entry(actor)));
        await audit.DisposeAsync();
    }
}
