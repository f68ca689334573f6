using Anju.Access.Audit;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Access;

/// <summary>Each test tampers as someone bypassing the log would (owner, triggers off), then puts the row back,
/// so the chain the other tests verify stays whole.</summary>
[Collection(PostgresCollection.Name)]
public class AuditChainTests(PostgresFixture db)
{
    [Fact]
    public async Task A_row_changed_behind_the_log_is_the_first_broken_link()
    {
        await using var audit = new AuditHarness(db.ConnectionString);
        var actor = await AppendThreeAsync(audit);
        var (first, last) = await audit.RangeOfAsync(actor);
        var middle = await db.ScalarAsync<long>($"SELECT id FROM anju_audit WHERE actor = '{actor}' ORDER BY id OFFSET 1 LIMIT 1");

        await audit.TamperAsync("UPDATE anju_audit SET personal_fields = '{}' WHERE id = $1", middle);
        try
        {
            var found = await audit.Chain.VerifyAsync(first, last);

            Assert.False(found.Intact);
            Assert.Equal(middle, found.BrokenAtId);
            Assert.Contains("content", found.Problem);
            Assert.Equal(middle, (await audit.Chain.VerifyAsync()).BrokenAtId);
        }
        finally
        {
            await audit.TamperAsync("UPDATE anju_audit SET personal_fields = '{name,phone}' WHERE id = $1", middle);
        }

        Assert.True((await audit.Chain.VerifyAsync(first, last)).Intact);
    }

    [Fact]
    public async Task A_removed_row_breaks_the_link_of_the_row_after_it()
    {
        await using var audit = new AuditHarness(db.ConnectionString);
        var actor = await AppendThreeAsync(audit);
        var (first, last) = await audit.RangeOfAsync(actor);
        var middle = await db.ScalarAsync<long>($"SELECT id FROM anju_audit WHERE actor = '{actor}' ORDER BY id OFFSET 1 LIMIT 1");
        var saved = $"audit_test_saved_{Guid.NewGuid():N}";

        await audit.ExecuteAsync($"CREATE TABLE {saved} AS SELECT * FROM anju_audit WHERE id = {middle}");
        await audit.TamperAsync("DELETE FROM anju_audit WHERE id = $1", middle);
        try
        {
            var found = await audit.Chain.VerifyAsync(first, last);

            Assert.False(found.Intact);
            Assert.Equal(last, found.BrokenAtId);
            Assert.Contains("prev_hash", found.Problem);
        }
        finally
        {
            await audit.ExecuteAsync($"INSERT INTO anju_audit OVERRIDING SYSTEM VALUE SELECT * FROM {saved}; DROP TABLE {saved}");
        }

        Assert.True((await audit.Chain.VerifyAsync(first, last)).Intact);
    }

    [Fact]
    public async Task A_row_inserted_around_the_log_is_caught_whether_its_link_or_its_hash_is_forged()
    {
        await using var audit = new AuditHarness(db.ConnectionString);
        var actor = await AppendThreeAsync(audit);
        var (first, last) = await audit.RangeOfAsync(actor);
        var lastHash = (await db.ScalarAsync<byte[]>($"SELECT hash FROM anju_audit WHERE id = {last}"))!;
        var forger = $"forger-{Guid.NewGuid():N}";
        var forged = new AuditRecord(0, AuditHash.ToStoredPrecision(DateTimeOffset.UtcNow), forger, "auditor@city", "dwelling.read",
            "dwelling", ["d-1"], [], null, AuditOutcome.Allowed, null);
        const string insert = """
            INSERT INTO anju_audit (at, actor, roles, action, object_type, object_ids, personal_fields, outcome, prev_hash, hash)
            VALUES ($1, $2, 'auditor@city', 'dwelling.read', 'dwelling', '{d-1}', '{}', 'Allowed', $3, $4) RETURNING id
            """;
        try
        {
            // Linked to the real tail, but a made-up hash.
            await audit.ExecuteAsync(insert, forged.At, forger, lastHash, new byte[32]);
            var afterBadHash = await audit.Chain.VerifyAsync(first);
            Assert.False(afterBadHash.Intact);
            Assert.Contains("content", afterBadHash.Problem);
            Assert.Equal(await db.ScalarAsync<long>($"SELECT id FROM anju_audit WHERE actor = '{forger}'"), afterBadHash.BrokenAtId);
            await audit.TamperAsync("DELETE FROM anju_audit WHERE actor = $1", forger);

            // A true hash of its content, but linked to the chain's start instead of its tail.
            await audit.ExecuteAsync(insert, forged.At, forger, AuditHash.Genesis.ToArray(), AuditHash.Compute(AuditHash.Genesis, forged));
            var afterBadLink = await audit.Chain.VerifyAsync(first);
            Assert.False(afterBadLink.Intact);
            Assert.Contains("prev_hash", afterBadLink.Problem);
            Assert.Equal(await db.ScalarAsync<long>($"SELECT id FROM anju_audit WHERE actor = '{forger}'"), afterBadLink.BrokenAtId);
        }
        finally
        {
            await audit.TamperAsync("DELETE FROM anju_audit WHERE actor = $1", forger);
        }

        Assert.True((await audit.Chain.VerifyAsync(first)).Intact);
    }

    private static async Task<string> AppendThreeAsync(AuditHarness audit)
    {
        var actor = $"chain-{Guid.NewGuid():N}";
        for (var i = 0; i < 3; i++)
        {
            await audit.Log.AppendAsync(AuditHarness.Entry(actor, objectIds: $"d-{i}"));
        }

        Assert.True((await audit.Chain.VerifyAsync()).Intact);
        return actor;
    }
}
