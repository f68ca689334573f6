using System.Net.Http.Json;
using System.Text.Json;
using Anju.Access;
using Anju.Demo.Api;
using Anju.Demo.Casework;
using Anju.Tests.Api;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Demo;

/// <summary>The demo's agency set-up on a real silo: the housing office signs <c>AG-DEMO-TH</c>, and an account granted
/// only on that contract (as demo-agency is) does the casework, which the contract's KPIs then count.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AgencySetupApiTests(SiloFixture fixture)
{
    private readonly RunningSilo _silo = fixture.Silo;

    [Fact]
    public async Task The_agency_granted_on_the_demo_contract_does_the_casework_and_its_kpis_count_it()
    {
        var estate = await AgencyApiTests.EstateAsync(_silo.Http);
        const string user = "demo-agency-test";
        (await _silo.ClientAsync(user, new Grant(Role.Agency, ScopeKind.Contract, "AG-DEMO-TH"))).Dispose();
        using var office = DemoSessions.Operator(_silo);
        using var agencySession = DemoSessions.As(_silo, user);
        using var api = new AnjuApi(_silo.BaseAddress, 4, office);
        using var agency = new AnjuApi(_silo.BaseAddress, 4, agencySession);

        await new AgencySetup(api, agency, 7).RunAsync([estate], estate, CancellationToken.None);

        var row = Assert.Single((await _silo.Http.GetFromJsonAsync<JsonElement>($"/api/casework/estates/{estate}/chase")).EnumerateArray());
        Assert.All(row.GetProperty("chases").EnumerateArray(), c => Assert.Equal(user, c.GetProperty("actor").GetString()));
        var kpis = await _silo.Http.GetFromJsonAsync<JsonElement>($"/api/agency/contracts/AG-DEMO-TH/kpis?month={AgencyApiTests.CityMonth()}");
        Assert.Equal(1, kpis.GetProperty("dwellingsContacted").GetInt32());
    }
}
