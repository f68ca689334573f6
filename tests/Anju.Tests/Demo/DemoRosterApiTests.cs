using System.Net.Http.Json;
using System.Text.Json;
using Anju.Demo;
using Anju.Demo.Api;
using Anju.Demo.City;
using Anju.Demo.Driving;
using Anju.Demo.Guangzhou;
using Anju.Demo.Security;
using Anju.Demo.Seeding;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Demo;

/// <summary>The demo's <c>seed</c> on a real silo and PostgreSQL rosters what each estate's desk requires, per zone, and
/// the driver's first batches put them on duty.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DemoRosterApiTests(SiloFixture fixture)
{
    private const int Seed = 2014;
    private readonly RunningSilo _silo = fixture.Silo;

    private async Task<JsonElement> DeskAsync(string estateId) => await _silo.Http.GetFromJsonAsync<JsonElement>($"/api/security/estates/{estateId}");

    private static IEnumerable<(string? ZoneId, int Required, int OnDuty)> Staffing(JsonElement desk) =>
        desk.GetProperty("staffing").EnumerateArray().Select(s => (
            s.GetProperty("zoneId").GetString(), s.GetProperty("required").GetInt32(), s.GetProperty("onDuty").GetInt32()));

    private static int Rostered(JsonElement desk, string? zoneId) =>
        desk.GetProperty("guards").EnumerateArray().Count(g => zoneId is null || g.GetProperty("zoneId").GetString() == zoneId);

    [Fact]
    public async Task Seeding_a_city_rosters_each_zones_required_guards_and_driving_puts_them_on_duty()
    {
        // 3 estates of about 3,000 dwellings: over 200,000 m², so zoned, and too few estates for any to be left short.
        var city = new CityOptions(3, 9_000, Seed, DateOnly.FromDateTime(DateTime.UtcNow));
        var ids = Enumerable.Range(0, city.Estates).Select(i => EstateIds.At(i).EstateId).ToList();
        using var session = DemoSessions.Operator(_silo);
        using var admin = DemoSessions.Admin(_silo);
        using var api = new AnjuApi(_silo.BaseAddress, 4, session);

        Assert.Equal(ExitCodes.Ok, await new Seeder(api, new SeedOptions(city, Force: false)).RunAsync(CancellationToken.None));

        // Every estate stands where the demo's map puts it (Open311 reports made by position are placed by it).
        foreach (var (i, id) in ids.Select((id, i) => (i, id)))
        {
            var location = (await _silo.Http.GetFromJsonAsync<JsonElement>($"/api/estates/{id}")).GetProperty("profile").GetProperty("location");
            Assert.Equal(EstateLocations.At(i).Lat, location.GetProperty("lat").GetDouble(), 9);
        }

        var zonesSeen = 0;
        foreach (var id in ids)
        {
            var desk = await DeskAsync(id);
            var staffing = Staffing(desk).ToList();
            Assert.True(staffing[^1].Required > 1, $"{id} requires {staffing[^1].Required} guards");
            Assert.All(staffing, s => Assert.True(Rostered(desk, s.ZoneId) > s.Required || s.Required == 0, $"{id} zone {s.ZoneId ?? "(estate)"}: {Rostered(desk, s.ZoneId)} rostered for {s.Required}"));
            zonesSeen += staffing.Count - 1;
        }

        Assert.True(zonesSeen >= 2, "the city should have zoned estates");

        // Seeding again (already seeded) rosters the same guards: nothing added, nothing refused.
        var before = await Task.WhenAll(ids.Select(async id => (await DeskAsync(id)).GetProperty("guards").GetArrayLength()));
        Assert.Equal(ExitCodes.Ok, await new Seeder(api, new SeedOptions(city, Force: false)).RunAsync(CancellationToken.None));
        Assert.Equal(before, await Task.WhenAll(ids.Select(async id => (await DeskAsync(id)).GetProperty("guards").GetArrayLength())));

        using var security = new DemoSecurity(_silo.BaseAddress, session, admin);
        var (desks, unsettled) = await security.RosterAsync(ids, Seed, TimeSpan.FromSeconds(10), CancellationToken.None);
        var generator = new SecurityGenerator(security, await security.CreateKeyAsync("roster-test", CancellationToken.None), desks, Seed);
        var random = new Random(Seed);
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(EventResult.Ok, (await generator.Next(random)!.SendAsync(CancellationToken.None)).Result);
        }

        Assert.Equal(0, unsettled);
        foreach (var id in ids)
        {
            var desk = await Wait.EventuallyAsync(() => DeskAsync(id), d => Staffing(d).All(s => s.OnDuty >= s.Required));
            Assert.All(Staffing(desk), s => Assert.True(s.OnDuty > s.Required || s.Required == 0, $"{id} zone {s.ZoneId ?? "(estate)"}: {s.OnDuty} on duty for {s.Required}"));
        }
    }
}
