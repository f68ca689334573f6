using Anju.Tests.Infrastructure;
using Npgsql;

namespace Anju.Tests.Access;

/// <summary>What the hosts' role (anju_app) and the owner may do to the audit log, on the real PostgreSQL.</summary>
[Collection(PostgresCollection.Name)]
public class AuditPrivilegeTests(PostgresFixture db)
{
    private const string InsufficientPrivilege = "42501";
    private const string Raised = "P0001"; // RAISE EXCEPTION in the trigger or function

    [Fact]
    public async Task The_hosts_role_adds_and_reads_audit_rows_but_cannot_change_or_remove_them()
    {
        await using var app = new AuditHarness(await AuditHarness.AppConnectionStringAsync(db.ConnectionString));
        var actor = $"app-{Guid.NewGuid():N}";

        await app.Log.AppendAsync(AuditHarness.Entry(actor));
        var page = await app.Search.SearchAsync(new() { Actor = actor });
        var id = Assert.Single(page.Rows).Id;

        await AssertRefusedAsync(app, InsufficientPrivilege, "UPDATE anju_audit SET detail = 'x' WHERE id = $1", id);
        await AssertRefusedAsync(app, InsufficientPrivilege, "DELETE FROM anju_audit WHERE id = $1", id);
        await AssertRefusedAsync(app, InsufficientPrivilege, "TRUNCATE anju_audit");
        await AssertRefusedAsync(app, InsufficientPrivilege, "INSERT INTO anju_audit_archives (through_id, through_hash) VALUES ($1, '\\x00')", id);
        await AssertRefusedAsync(app, InsufficientPrivilege, "SELECT anju_audit_forget_through($1)", id);
        await AssertRefusedAsync(app, InsufficientPrivilege, "ALTER TABLE anju_audit DISABLE TRIGGER anju_audit_no_change");
        Assert.Equal(1, await db.ScalarAsync<long>($"SELECT count(*) FROM anju_audit WHERE actor = '{actor}' AND detail IS NULL"));
    }

    [Fact]
    public async Task The_hosts_role_changes_rows_of_the_other_tables_but_not_the_schema()
    {
        await using var app = new AuditHarness(await AuditHarness.AppConnectionStringAsync(db.ConnectionString));

        // Privileges are checked when a statement is planned, whatever rows it touches.
        await app.ExecuteAsync("UPDATE anju_state_journal SET version = version WHERE false");
        await app.ExecuteAsync("DELETE FROM anju_ingest_keys WHERE false");
        await app.ExecuteAsync("UPDATE orleansstorage SET version = version WHERE false");
        await AssertRefusedAsync(app, InsufficientPrivilege, "CREATE TABLE anju_app_made (x int)");
        await AssertRefusedAsync(app, InsufficientPrivilege, "DELETE FROM anju_schema_migrations WHERE false");
    }

    [Fact]
    public async Task Even_the_owner_cannot_update_delete_or_truncate_an_audit_row()
    {
        await using var owner = new AuditHarness(db.ConnectionString);
        var actor = $"owner-{Guid.NewGuid():N}";
        await owner.Log.AppendAsync(AuditHarness.Entry(actor));
        var id = (await owner.RangeOfAsync(actor)).First;

        await AssertRefusedAsync(owner, Raised, "UPDATE anju_audit SET detail = 'x' WHERE id = $1", id);
        await AssertRefusedAsync(owner, Raised, "DELETE FROM anju_audit WHERE id = $1", id);
        await AssertRefusedAsync(owner, Raised, "TRUNCATE anju_audit");
        await AssertRefusedAsync(owner, Raised, "TRUNCATE anju_audit_archives");
        Assert.Equal(1, await db.ScalarAsync<long>($"SELECT count(*) FROM anju_audit WHERE actor = '{actor}' AND detail IS NULL"));
    }

    [Fact]
    public async Task Rows_younger_than_six_months_cannot_be_archived_away()
    {
        await using var owner = new AuditHarness(db.ConnectionString);
        var actor = $"retained-{Guid.NewGuid():N}";
        await owner.Log.AppendAsync(AuditHarness.Entry(actor) with { At = DateTimeOffset.UtcNow.AddMonths(-5) });
        var id = (await owner.RangeOfAsync(actor)).First;

        var refused = await AssertRefusedAsync(owner, Raised, "SELECT anju_audit_forget_through($1)", id);

        Assert.Contains("six months", refused.MessageText);
        Assert.Equal(1, await db.ScalarAsync<long>($"SELECT count(*) FROM anju_audit WHERE actor = '{actor}'"));
        Assert.Equal(0, await db.ScalarAsync<long>("SELECT count(*) FROM anju_audit_archives"));
    }

    private static async Task<PostgresException> AssertRefusedAsync(AuditHarness on, string sqlState, string sql, params object[] values)
    {
        var refused = await Assert.ThrowsAsync<PostgresException>(() => on.ExecuteAsync(sql, values));
        Assert.True(sqlState == refused.SqlState, $"{sql}: expected SQLSTATE {sqlState}, got {refused.SqlState} ({refused.MessageText})");
        return refused;
    }
}
