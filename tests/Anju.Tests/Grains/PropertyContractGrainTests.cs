using Anju.Contracts;
using Anju.Errors;
using Anju.Estates;
using Anju.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using static Anju.Testing.Wait;
using static Anju.Tests.Infrastructure.TestEstates;

namespace Anju.Tests.Grains;

[Collection(ClusterCollection.Name)]
public class PropertyContractGrainTests(ClusterFixture fixture) : IAsyncLifetime
{
    private const string CompanyA = "91440101MA59ABCD1X";
    private const string CompanyB = "91440106MA5CEFGH2Y";

    /// <summary>Contracts are drawn from the company pool: the test companies are admitted first.</summary>
    public Task InitializeAsync() => TestPool.AdmitAsync(fixture.Grains);

    public Task DisposeAsync() => Task.CompletedTask;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private IPropertyContractGrain Contract(string id) => fixture.Grains.GetGrain<IPropertyContractGrain>(Keys.Contract(id));

    private IEstateGrain Estate(string id) => fixture.Grains.GetGrain<IEstateGrain>(Keys.Estate(id));

    internal static string NewContractId() => Fresh.EstateId("HT");

    internal static PropertyContractTerms Terms(string estateId, string? zoneId = null, string company = CompanyA, int grade = 3, DateOnly? end = null) => new(
        new PropertyCompany(company == CompanyA ? "廣州安居物業" : "穗城物業", company), estateId, zoneId, grade, 2.8m,
        new ContractTerm(Today.AddDays(-10), end ?? Today.AddYears(1)), SelectionMethod.Tender, null) { Tender = TestPool.Tender(company) };

    /// <summary>An estate over 200,000 m² with zones Z1 and Z2, each holding one public-rental dwelling.</summary>
    private async Task<string> ZonedEstateAsync()
    {
        var id = Fresh.EstateId();
        var estate = Estate(id);
        await estate.RegisterAsync(Profile with { District = id[..2], FloorArea = 250_000 });
        foreach (var n in new[] { 1, 2 })
        {
            await estate.DefineZoneAsync(new DefineZone($"Z{n}", $"第{n}區"));
            await estate.DefineGridAsync(new DefineGrid($"G{n}", $"第{n}網格", $"Z{n}"));
            await estate.AddBuildingAsync(new AddBuilding($"B{n}", $"{n}棟", $"G{n}", 30));
            await estate.AddDwellingAsync(Dwelling($"{n}-1-101", building: $"B{n}"));
        }

        // The estate checks tenures against its grids' rollups, which arrive asynchronously.
        await EventuallyAsync(estate.GetStatusAsync, s => s.Occupancy.Dwellings == 2);
        return id;
    }

    [Fact]
    public async Task Grade_5_is_refused_and_nothing_is_stored()
    {
        var estateId = Fresh.EstateId();
        await CreateAsync(fixture.Grains, estateId);
        var id = NewContractId();

        var error = await Assert.ThrowsAsync<ValidationException>(() => Contract(id).CreateAsync(Terms(estateId, grade: 5)));

        Assert.Equal("serviceGrade", error.Field);
        await Assert.ThrowsAsync<NotFoundException>(() => Contract(id).GetAsync());
    }

    [Fact]
    public async Task Created_contract_is_a_draft_not_in_force()
    {
        var estateId = Fresh.EstateId();
        await CreateAsync(fixture.Grains, estateId);
        var id = NewContractId();

        var created = await Contract(id).CreateAsync(Terms(estateId) with { Company = new PropertyCompany(" 廣州安居物業 ", CompanyA.ToLowerInvariant()) });

        Assert.Equal(id, created.ContractId);
        Assert.Equal(ContractStatus.Draft, created.Status);
        Assert.False(created.InForce);
        Assert.Empty(created.History);
        Assert.Equal(new PropertyCompany("廣州安居物業", CompanyA), created.Terms.Company);
        Assert.Empty((await Estate(estateId).GetStructureAsync()).Contracts);
    }

    [Fact]
    public async Task Repeating_the_same_creation_is_harmless_but_other_terms_conflict()
    {
        var estateId = Fresh.EstateId();
        await CreateAsync(fixture.Grains, estateId);
        var id = NewContractId();
        await Contract(id).CreateAsync(Terms(estateId));
        await Contract(id).CreateAsync(Terms(estateId));

        await Assert.ThrowsAsync<ConflictException>(() => Contract(id).CreateAsync(Terms(estateId, grade: 2)));
        Assert.Equal(3, (await Contract(id).GetAsync()).Terms.ServiceGrade);
    }

    [Fact]
    public async Task Contract_for_an_unknown_estate_is_not_found_and_unknown_contracts_too()
    {
        var id = NewContractId();
        await Assert.ThrowsAsync<NotFoundException>(() => Contract(id).CreateAsync(Terms(Fresh.EstateId())));
        await Assert.ThrowsAsync<NotFoundException>(() => Contract(id).GetAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => Contract(id).ActAsync(ContractAction.Activate, "clerk", null));
    }

    [Fact]
    public async Task Activation_attaches_the_contract_to_the_estate()
    {
        var estateId = Fresh.EstateId();
        await CreateAsync(fixture.Grains, estateId);
        var id = NewContractId();
        await Contract(id).CreateAsync(Terms(estateId));

        var active = await Contract(id).ActAsync(ContractAction.Activate, "住房保障辦", "tender won");

        Assert.Equal(ContractStatus.Active, active.Status);
        Assert.True(active.InForce);
        var step = Assert.Single(active.History);
        Assert.Equal((ContractAction.Activate, ContractStatus.Draft, ContractStatus.Active, "住房保障辦", "tender won"),
            (step.Action, step.From, step.To, step.Actor, step.Reason));
        var attached = new ContractAttachment(id, CompanyA, "廣州安居物業", null);
        Assert.Equal(attached, Assert.Single((await Estate(estateId).GetStructureAsync()).Contracts));
        Assert.Equal(attached, Assert.Single((await Estate(estateId).GetStatusAsync()).Contracts));
    }

    [Fact]
    public async Task A_second_contract_for_the_same_estate_is_refused_and_stays_draft()
    {
        var estateId = Fresh.EstateId();
        await CreateAsync(fixture.Grains, estateId);
        var (first, second) = (NewContractId(), NewContractId());
        await Contract(first).CreateAsync(Terms(estateId));
        await Contract(second).CreateAsync(Terms(estateId, company: CompanyB));
        await Contract(first).ActAsync(ContractAction.Activate, "clerk", null);

        await Assert.ThrowsAsync<ConflictException>(() => Contract(second).ActAsync(ContractAction.Activate, "clerk", null));

        var refused = await Contract(second).GetAsync();
        Assert.Equal(ContractStatus.Draft, refused.Status);
        Assert.Empty(refused.History);
        Assert.Equal(first, Assert.Single((await Estate(estateId).GetStructureAsync()).Contracts).ContractId);
    }

    [Fact]
    public async Task Terminating_detaches_the_contract_and_frees_the_estate_for_the_next()
    {
        var estateId = Fresh.EstateId();
        await CreateAsync(fixture.Grains, estateId);
        var (first, next) = (NewContractId(), NewContractId());
        await Contract(first).CreateAsync(Terms(estateId));
        await Contract(next).CreateAsync(Terms(estateId, company: CompanyB));
        await Contract(first).ActAsync(ContractAction.Activate, "clerk", null);

        var ended = await Contract(first).ActAsync(ContractAction.Terminate, "clerk", "assessment failed");

        Assert.Equal(ContractStatus.Terminated, ended.Status);
        Assert.False(ended.InForce);
        Assert.Equal(2, ended.History.Count);
        Assert.Empty((await Estate(estateId).GetStructureAsync()).Contracts);
        await Assert.ThrowsAsync<ConflictException>(() => Contract(first).ActAsync(ContractAction.Resume, "clerk", null));
        await Contract(next).ActAsync(ContractAction.Activate, "clerk", null);
        Assert.Equal(next, Assert.Single((await Estate(estateId).GetStructureAsync()).Contracts).ContractId);
    }

    [Fact]
    public async Task A_suspended_contract_keeps_its_estate_but_is_not_in_force()
    {
        var estateId = Fresh.EstateId();
        await CreateAsync(fixture.Grains, estateId);
        var id = NewContractId();
        await Contract(id).CreateAsync(Terms(estateId));
        await Contract(id).ActAsync(ContractAction.Activate, "clerk", null);

        var suspended = await Contract(id).ActAsync(ContractAction.Suspend, "clerk", "assessment dispute");
        Assert.Equal(ContractStatus.Suspended, suspended.Status);
        Assert.False(suspended.InForce);
        Assert.Single((await Estate(estateId).GetStructureAsync()).Contracts);

        var resumed = await Contract(id).ActAsync(ContractAction.Resume, "clerk", null);
        Assert.True(resumed.InForce);
        Assert.Single((await Estate(estateId).GetStructureAsync()).Contracts);
    }

    [Fact]
    public async Task Illegal_steps_and_bad_fields_change_nothing()
    {
        var estateId = Fresh.EstateId();
        await CreateAsync(fixture.Grains, estateId);
        var id = NewContractId();
        var before = await Contract(id).CreateAsync(Terms(estateId));

        await Assert.ThrowsAsync<ConflictException>(() => Contract(id).ActAsync(ContractAction.Resume, "clerk", null));
        await Assert.ThrowsAsync<ConflictException>(() => Contract(id).ActAsync(ContractAction.Expire, "clerk", null));
        Assert.Equal("actor", (await Assert.ThrowsAsync<ValidationException>(() => Contract(id).ActAsync(ContractAction.Activate, " ", null))).Field);
        Assert.Equal("action", (await Assert.ThrowsAsync<ValidationException>(() => Contract(id).ActAsync((ContractAction)42, "clerk", null))).Field);

        var after = await Contract(id).GetAsync();
        Assert.Equal((before.Status, before.History.Count), (after.Status, after.History.Count));
        Assert.Empty((await Estate(estateId).GetStructureAsync()).Contracts);
    }

    [Fact]
    public async Task In_a_zoned_estate_a_contract_must_name_a_defined_zone()
    {
        var estateId = await ZonedEstateAsync();
        var (undefined, zoneless) = (NewContractId(), NewContractId());

        Assert.Equal("zoneId", (await Assert.ThrowsAsync<ValidationException>(() => Contract(undefined).CreateAsync(Terms(estateId, zoneId: "Z9")))).Field);
        Assert.Equal("zoneId", (await Assert.ThrowsAsync<ValidationException>(() => Contract(zoneless).CreateAsync(Terms(estateId)))).Field);

        await Assert.ThrowsAsync<NotFoundException>(() => Contract(undefined).GetAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => Contract(zoneless).GetAsync());
    }

    [Fact]
    public async Task One_tenure_type_in_two_zones_stays_with_one_company()
    {
        var estateId = await ZonedEstateAsync();
        var (zone1, rival, sameCompany) = (NewContractId(), NewContractId(), NewContractId());
        await Contract(zone1).CreateAsync(Terms(estateId, "Z1", CompanyA));
        await Contract(rival).CreateAsync(Terms(estateId, "Z2", CompanyB));
        await Contract(sameCompany).CreateAsync(Terms(estateId, "Z2", CompanyA));
        await Contract(zone1).ActAsync(ContractAction.Activate, "clerk", null);

        // Both zones hold public-rental dwellings: §6.3 keeps them with one company.
        await Assert.ThrowsAsync<ConflictException>(() => Contract(rival).ActAsync(ContractAction.Activate, "clerk", null));
        Assert.Equal(ContractStatus.Draft, (await Contract(rival).GetAsync()).Status);

        await Contract(sameCompany).ActAsync(ContractAction.Activate, "clerk", null);
        var attached = (await Estate(estateId).GetStructureAsync()).Contracts;
        Assert.Equal(new[] { (zone1, "Z1"), (sameCompany, "Z2") }, attached.Select(c => (c.ContractId, c.ZoneId!)).OrderBy(c => c.Item2));
    }
}

/// <summary>The expiry clock on its own cluster, whose wall clock the test can move (the shared cluster runs on real time).</summary>
public sealed class PropertyContractExpiryTests(PropertyContractExpiryTests.ShiftedCluster cluster) : IClassFixture<PropertyContractExpiryTests.ShiftedCluster>
{
    [Fact]
    public async Task An_active_contract_expires_on_its_reminder_after_the_term_and_leaves_the_estate()
    {
        // Three seconds before the next UTC midnight: the term's last day is today, and it ends while we watch.
        var now = cluster.Clock.GetUtcNow();
        cluster.Clock.Offset += now.UtcDateTime.Date.AddDays(1) - now.UtcDateTime - TimeSpan.FromSeconds(3);
        var today = DateOnly.FromDateTime(cluster.Clock.GetUtcNow().UtcDateTime);
        var estateId = Fresh.EstateId();
        await TestEstates.CreateAsync(cluster.Grains, estateId);
        await TestPool.AdmitAsync(cluster.Grains); // a contract's company is drawn from the pool
        var contract = cluster.Grains.GetGrain<IPropertyContractGrain>(Keys.Contract(PropertyContractGrainTests.NewContractId()));
        await contract.CreateAsync(PropertyContractGrainTests.Terms(estateId) with { Term = new ContractTerm(today.AddMonths(-6), today) });
        Assert.True((await contract.ActAsync(ContractAction.Activate, "clerk", null)).InForce);

        var expired = await Wait.EventuallyAsync(contract.GetAsync, c => c.Status == ContractStatus.Expired);

        Assert.Equal(ContractStatus.Expired, expired.Status);
        Assert.Equal((ContractAction.Expire, "system"), (expired.History[^1].Action, expired.History[^1].Actor));
        Assert.Empty((await cluster.Grains.GetGrain<IEstateGrain>(Keys.Estate(estateId)).GetStructureAsync()).Contracts);
    }

    /// <summary>A one-silo cluster whose <see cref="TimeProvider"/> reads the real clock plus an offset.</summary>
    public sealed class ShiftedCluster : IAsyncLifetime
    {
        private readonly InProcessTestCluster _cluster;

        public ShiftedCluster()
        {
            var builder = new InProcessTestClusterBuilder(1);
            builder.ConfigureSilo((_, silo) =>
            {
                silo.AddMemoryGrainStorage(StorageNames.Main);
                silo.UseInMemoryReminderService();
                silo.Services.AddSingleton<TimeProvider>(Clock);
                silo.Services.AddAnjuGrainServices();
                silo.Services.AddMemoryStateJournal();
            });
            _cluster = builder.Build();
        }

        public ShiftedClock Clock { get; } = new();

        public IGrainFactory Grains => _cluster.Client;

        public Task InitializeAsync() => _cluster.DeployAsync();

        public async Task DisposeAsync() => await _cluster.DisposeAsync();
    }

    /// <summary>Real time plus <see cref="Offset"/>; timers and timestamps stay real.</summary>
    public sealed class ShiftedClock : TimeProvider
    {
        public TimeSpan Offset { get; set; }

        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Offset;
    }
}
