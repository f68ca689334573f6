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

    [Fact]
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
            var seen = await Wait.EventuallyAsync(() => book.ListAsync(new IncidentQuery()),
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

            var reread = await silo.Grains.GetGrain<IIncidentGrain>(Keys.Incident(filed.IncidentId)).GetAsync();
            Assert.Equal(filed.Route, reread.Route with { CoOperating = filed.Route.CoOperating });
            Assert.Equal(filed.Route.CoOperating, reread.Route.CoOperating);
            var history = reread.History;
            var escalation = Assert.Single(history, h => h.Action == "Escalate" && h.Level == EscalationLevel.Estate);
            Assert.Equal("system", escalation.Actor);
            Assert.True(escalation.At > stoppedAt, "the escalation happened on the second silo");
        }
    }

    /// <summary>Isolates the restart path from the incident grain: the plain probe grain's reminder, registered on one
    /// silo, must tick on the next one.</summary>
    [Fact]
    public async Task A_probe_reminder_registered_before_a_restart_ticks_on_the_next_silo()
    {
        var cluster = $"ip-{Guid.NewGuid():N}"[..16];
        var key = $"probe/{Guid.NewGuid():N}";
        await using (var silo = await StartAsync(db, cluster))
        {
            await silo.Grains.GetGrain<IReminderProbeGrain>(key).StartAsync(TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));
        }

        await using (var silo = await StartAsync(db, cluster))
        {
            var probe = silo.Grains.GetGrain<IReminderProbeGrain>(key);
            var ticks = await Wait.EventuallyAsync(probe.TicksAsync, n => n > 0, TimeSpan.FromSeconds(60));
            await probe.StopAsync();
            Assert.True(ticks > 0, "the reminder did not tick on the restarted silo");
        }
    }
}
