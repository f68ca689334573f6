using Anju.Incidents;
using Anju.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Anju.Tests.Integration;

/// <summary>An SLA clock is durable: a case filed on one silo escalates after that silo stopped, woken by its
/// reminder in the AdoNet table on the next silo.</summary>
[Collection(PostgresCollection.Name)]
public class IncidentClockRestartTests(PostgresFixture db)
{
    private static readonly TimeSpan Acknowledge = TimeSpan.FromSeconds(8);

    private static Task<RunningSilo> StartAsync(PostgresFixture db, string cluster) =>
        RunningSilo.StartAsync(db.ConnectionString, cluster, builder => builder.Services.Configure<IncidentOptions>(o =>
        {
            o.ReminderPeriod = TimeSpan.FromSeconds(2);
            o.CategorySla[IncidentCategory.Pets] = new() { [IncidentSeverity.Info] = new SlaWindow(Acknowledge, TimeSpan.FromHours(1), TimeSpan.FromHours(2)) };
        }));

    // Known broken, under investigation: after the restart the reminder row is in the table and the new silo's
    // IReminderTable.ReadRows finds it (range and full ring), yet within 90 s the case is not woken and stays at the
    // grid. Same-silo reminders fire (SiloOnPostgresTests) and the grain-test clocks escalate; what is unproven is a
    // reminder loaded from the AdoNet table by a restarted silo. Kept, with its diagnostics, so it can be run by hand.
    [Fact(Skip = "Reminder loaded by a restarted silo does not wake the case within 90 s; see the comment above and docs/incidents.md")]
    public async Task A_reminder_driven_escalation_survives_a_silo_restart()
    {
        var cluster = $"ic-{Guid.NewGuid():N}"[..16];
        var estateId = Fresh.EstateId("BY");
        IncidentSnapshot filed;
        await using (var silo = await StartAsync(db, cluster))
        {
            await TestEstates.CreateAsync(silo.Grains, estateId);
            filed = await silo.Grains.GetGrain<IEstateIncidentsGrain>(Keys.EstateIncidents(estateId)).FileAsync(
                new FileIncident(IncidentCategory.Pets, IncidentSeverity.Info, IncidentSource.Resident, new IncidentLocation(estateId, "G1"), "犬隻未拴繩", "居民"));
        }

        var stoppedAt = DateTimeOffset.UtcNow;
        Assert.Equal(EscalationLevel.Grid, filed.Summary.Level);
        var reminders = await db.ScalarAsync<long>($"SELECT count(*) FROM orleansreminderstable WHERE serviceid = '{cluster}' AND remindername = 'sla'");
        Assert.Equal(1, reminders);

        await using (var silo = await StartAsync(db, cluster))
        {
            // Only the book is asked: nothing but the reminder wakes the case, which then escalates and reports.
            var book = silo.Grains.GetGrain<IEstateIncidentsGrain>(Keys.EstateIncidents(estateId));
            var seen = await TestEstates.EventuallyAsync(() => book.ListAsync(new IncidentQuery()),
                l => l.Single().Level >= EscalationLevel.Estate, TimeSpan.FromSeconds(90));
            var silos = await db.ScalarAsync<string>($"SELECT string_agg(address || ':' || port || '=' || status, ', ') FROM orleansmembershiptable WHERE deploymentid = '{cluster}'");
            var clock = await db.ScalarAsync<string>($"SELECT string_agg(grainhash || '@' || starttime || '/' || period, ', ') FROM orleansreminderstable WHERE serviceid = '{cluster}'");
            var hash = unchecked((uint)(await db.ScalarAsync<int>($"SELECT grainhash FROM orleansreminderstable WHERE serviceid = '{cluster}'")));
            var table = silo.Services.GetRequiredService<IReminderTable>();
            var inRange = (await table.ReadRows(hash - 1, hash)).Reminders.Count;
            var fullRing = (await table.ReadRows(hash, hash)).Reminders.Count;
            Assert.True(seen.Single().Level >= EscalationLevel.Estate,
                $"still at {seen.Single().Level}; silos {silos}; reminders {clock}; table rows in ({hash - 1},{hash}]: {inRange}, full ring: {fullRing}");
            Assert.True(seen.Single().Overdue);

            var history = (await silo.Grains.GetGrain<IIncidentGrain>(Keys.Incident(filed.IncidentId)).GetAsync()).History;
            var escalation = Assert.Single(history, h => h.Action == "Escalate" && h.Level == EscalationLevel.Estate);
            Assert.Equal("system", escalation.Actor);
            Assert.True(escalation.At > stoppedAt, "the escalation happened on the second silo");
        }
    }
}
