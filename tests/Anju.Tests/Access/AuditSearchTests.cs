using Anju.Access.Audit;
using Anju.Errors;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Access;

[Collection(PostgresCollection.Name)]
public class AuditSearchTests(PostgresFixture db)
{
    private static readonly DateTimeOffset T0 = new(2031, 3, 1, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Each_filter_narrows_the_rows_newest_first()
    {
        await using var audit = new AuditHarness(db.ConnectionString);
        var (actor, dwelling) = ($"auditor-{Guid.NewGuid():N}", $"d-{Guid.NewGuid():N}");
        var read = await AppendAsync(audit, AuditHarness.Entry(actor, "dwelling.read", dwelling) with { At = T0, Detail = "grant housing-office@city" });
        var denied = await AppendAsync(audit, AuditHarness.Entry(actor, "Incident.READ", "i-1", dwelling) with { At = T0.AddMinutes(1), Outcome = AuditOutcome.Denied });
        var granted = await AppendAsync(audit, AuditHarness.Entry(actor, "grant.change", "u-1") with { At = T0.AddMinutes(2) });
        var someoneElse = await AppendAsync(audit, AuditHarness.Entry($"other-{Guid.NewGuid():N}", "dwelling.read", dwelling));

        Assert.Equal([granted, denied, read], await IdsAsync(audit, new() { Actor = actor }));
        Assert.Equal([someoneElse, denied, read], await IdsAsync(audit, new() { ObjectId = dwelling }));
        Assert.Equal([denied, read], await IdsAsync(audit, new() { Actor = actor, Action = "read" }));
        Assert.Equal([denied], await IdsAsync(audit, new() { Actor = actor, Outcome = AuditOutcome.Denied }));
        Assert.Equal([denied], await IdsAsync(audit, new() { Actor = actor, From = T0.AddMinutes(1), To = T0.AddMinutes(2) }));
        Assert.Equal([read], await IdsAsync(audit, new() { Actor = actor, BeforeId = denied }));
    }

    [Fact]
    public async Task Pages_follow_one_another_until_the_last_which_has_no_next()
    {
        await using var audit = new AuditHarness(db.ConnectionString);
        var actor = $"pager-{Guid.NewGuid():N}";
        var ids = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await AppendAsync(audit, AuditHarness.Entry(actor)));
        }

        var first = await audit.Search.SearchAsync(new() { Actor = actor, Limit = 2 });
        var second = await audit.Search.SearchAsync(new() { Actor = actor, Limit = 2, BeforeId = first.NextBeforeId });
        var third = await audit.Search.SearchAsync(new() { Actor = actor, Limit = 2, BeforeId = second.NextBeforeId });

        Assert.Equal([ids[4], ids[3]], first.Rows.Select(r => r.Id));
        Assert.Equal([ids[2], ids[1]], second.Rows.Select(r => r.Id));
        Assert.Equal([ids[0]], third.Rows.Select(r => r.Id));
        Assert.Null(third.NextBeforeId);
    }

    [Fact]
    public async Task A_row_reads_back_as_it_was_appended()
    {
        await using var audit = new AuditHarness(db.ConnectionString);
        var at = T0.AddTicks(1234567); // finer than PostgreSQL keeps: the log cuts it to microseconds
        var entry = new AuditEntry($"reader-{Guid.NewGuid():N}", "civil-affairs@district:d1", "dwelling.read", "dwelling",
            ["d-7", "d-8"], ["idNumber", "specialGroup"], null, AuditOutcome.Allowed) { At = at, Detail = "grant civil-affairs" };
        await audit.Log.AppendAsync(entry);

        var row = Assert.Single((await audit.Search.SearchAsync(new() { Actor = entry.Actor })).Rows);

        Assert.Equal(
            (T0.AddTicks(1234560), entry.Roles, entry.Action, entry.ObjectType, entry.Source, entry.Outcome, entry.Detail),
            (row.At, row.Roles, row.Action, row.ObjectType, row.Source, row.Outcome, row.Detail));
        Assert.Equal(entry.ObjectIds, row.ObjectIds);
        Assert.Equal(entry.PersonalFields, row.PersonalFields);
    }

    [Theory]
    [InlineData(0, "limit")]
    [InlineData(AuditQuery.MaxLimit + 1, "limit")]
    public async Task A_page_size_out_of_range_is_refused_naming_the_field(int limit, string field)
    {
        await using var audit = new AuditHarness(db.ConnectionString);

        var refused = await Assert.ThrowsAsync<ValidationException>(() => audit.Search.SearchAsync(new() { Limit = limit }));

        Assert.Equal(field, refused.Field);
    }

    [Fact]
    public async Task A_range_that_ends_before_it_starts_is_refused_naming_its_end()
    {
        await using var audit = new AuditHarness(db.ConnectionString);

        var refused = await Assert.ThrowsAsync<ValidationException>(() => audit.Search.SearchAsync(new() { From = T0, To = T0 }));

        Assert.Equal("to", refused.Field);
    }

    private static async Task<long> AppendAsync(AuditHarness audit, AuditEntry entry)
    {
        await audit.Log.AppendAsync(entry);
        return (await audit.RangeOfAsync(entry.Actor)).Last;
    }

    private static async Task<long[]> IdsAsync(AuditHarness audit, AuditQuery query) =>
        [.. (await audit.Search.SearchAsync(query)).Rows.Select(r => r.Id)];
}
