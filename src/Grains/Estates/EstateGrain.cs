using Anju.Common;
using Anju.Contracts;
using Anju.Districts;
using Anju.Dwellings;
using Anju.Estates.Health;
using Anju.Facilities;
using Anju.Grids;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Anju.Estates;

/// <summary>Owns an estate's profile and structure; rolls up its grids and sections (<see cref="EstateFigures"/>)
/// and reports to its district.</summary>
internal sealed class EstateGrain(
    [PersistentState("estate", StorageNames.Main)] IPersistentState<EstateState> state,
    TimeProvider clock,
    IOptions<RollupOptions> rollup,
    IOptions<ZoneOptions> zones,
    IOptions<HealthOptions> health,
    IOptions<ResidencyOptions> residency,
    ILogger<EstateGrain> log) : Grain, IEstateGrain
{
    private readonly EstateFigures _figures = new();
    private EstatePublisher? _publisher;
    private EstateDwellings? _dwellings;

    private EstateState S => state.State;

    private string EstateId => Keys.EstateIdOf(this.GetPrimaryKeyString());

    private EstateDwellings Dwellings => _dwellings ??= new(GrainFactory, EstateId);

    /// <summary>Sends the live figures on (wall screens, district, security desk), coalesced.</summary>
    private EstatePublisher Publisher => _publisher ??= new(this, GrainFactory, EstateId, rollup.Value.ReportDelay, _figures, () => S, Status, clock);

    /// <summary>Rebuilds the live figures from the grids, and re-joins the district (not awaited: the
    /// district may be pulling from this estate right now; joining is idempotent and heals a failed join).</summary>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Profile is null)
        {
            return;
        }

        await Publisher.RebuildAsync(S.Grids.Keys, log);
        Publisher.District().JoinAsync(Summary()).Ignore();
    }

    public async Task<EstateStatus> RegisterAsync(RegisterEstate command)
    {
        var profile = EstateRules.Validate(EstateId, command, clock.GetUtcNow());
        if (EstateRules.IsNew(S.Profile, profile))
        {
            await CommitAsync(s => s.Profile = profile);
        }

        // Also on a repeat: a registration whose join failed is completed by retrying it.
        await Publisher.District().JoinAsync(Summary());
        return Status();
    }

    public async Task<EstateStatus> LocateAsync(GeoPoint location)
    {
        if (EstateRules.Relocated(S.Profile, EstateId, GeoRules.Validate(location)) is { } moved)
        {
            await CommitAsync(s => s.Profile = moved);
        }

        return Status();
    }

    public Task<EstateStructure> DefineZoneAsync(DefineZone command) =>
        PutAsync(S.Zones, () => EstateStructureRules.Zone(S, command, zones.Value), z => z.ZoneId, "zone");

    public async Task<EstateStructure> DefineGridAsync(DefineGrid command)
    {
        EnsureRegistered();
        var grid = EstateStructureRules.Grid(S, command);
        await GrainFactory.GetGrain<IGridGrain>(Keys.Grid(EstateId, grid.GridId)).CreateAsync(new CreateGrid(EstateId, grid.GridId, grid.Name, grid.ZoneId));
        return await PutAsync(S.Grids, () => grid, g => g.GridId, "grid");
    }

    public Task<EstateStructure> AddBuildingAsync(AddBuilding command) =>
        PutAsync(S.Buildings, () => EstateStructureRules.Building(S, command), b => b.BuildingId, "building");

    public async Task<DwellingSnapshot> AddDwellingAsync(AddDwelling command)
    {
        await AddDwellingsAsync([command]);
        return await Dwellings.GetAsync(command.DwellingId);
    }

    /// <summary>The whole batch is checked against the structure before any dwelling is created.</summary>
    public Task<int> AddDwellingsAsync(IReadOnlyList<AddDwelling> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        EnsureRegistered();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return Dwellings.CreateAsync(DwellingOnboarding.Plan(EstateId, S, commands, residency.Value.Households, today));
    }

    public Task<(IReadOnlyList<DwellingSummary> Items, int Total)> ListDwellingsAsync(int skip, int take)
    {
        EnsureRegistered();
        return Dwellings.ListAsync(S.Grids.Keys, skip, take);
    }

    public async Task<EstateStructure> AttachContractAsync(ContractAttachment attachment)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        EnsureRegistered();
        var held = EstateStructureRules.Attach(S, attachment, _figures.Zoning());
        await CommitAsync(s => s.Contracts[held.ContractId] = held);
        return S.Structure();
    }

    public async Task<EstateStructure> DetachContractAsync(string contractId)
    {
        EnsureRegistered();
        if (S.Contracts.ContainsKey(contractId))
        {
            await CommitAsync(s => s.Contracts.Remove(contractId));
        }

        return S.Structure();
    }

    public Task<EstateStructure> GetStructureAsync() => Registered(S.Structure);

    public Task<EstateStatus> GetStatusAsync() => Registered(Status);

    public Task<EstateSummary> GetSummaryAsync() => Registered(Summary);

    public Task<bool> ExistsAsync() => Task.FromResult(S.Profile is not null);

    public Task ReportGridAsync(GridSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return Publisher.Reported(S.Grids.ContainsKey(summary.GridId) && _figures.Report(summary));
    }

    public Task ReportIncidentsAsync(IncidentSection section) => Publisher.Reported(_figures.Report(section ?? throw new ArgumentNullException(nameof(section))));

    public Task ReportSecurityAsync(SecuritySection section) => Publisher.Reported(_figures.Report(section ?? throw new ArgumentNullException(nameof(section))));

    public Task ReportFacilitiesAsync(FacilitySection section) => Publisher.Reported(_figures.Report(section ?? throw new ArgumentNullException(nameof(section))));

    public Task ReportSatisfactionAsync(Community.SatisfactionSection section) => Publisher.Reported(_figures.Report(section ?? throw new ArgumentNullException(nameof(section))));

    /// <summary>Adds the structural fact <paramref name="check"/> validates on a registered estate, unless it repeats one
    /// held (<see cref="EstateStructureRules.IsNew"/>).</summary>
    private async Task<EstateStructure> PutAsync<T>(Dictionary<string, T> facts, Func<T> check, Func<T, string> idOf, string kind)
    {
        EnsureRegistered();
        var fact = check();
        if (EstateStructureRules.IsNew(facts, idOf(fact), fact, EstateId, kind))
        {
            await CommitAsync(_ => facts[idOf(fact)] = fact);
        }

        return S.Structure();
    }

    /// <summary>Apply a fact, persist, then publish: nothing leaves the grain that is not durable.</summary>
    private async Task CommitAsync(Action<EstateState> change)
    {
        change(S);
        S.UpdatedAt = clock.GetUtcNow();
        await state.WriteOrReloadAsync();
        Publisher.Changed();
    }

    private EstateStatus Status() => _figures.Status(S, health.Value);

    private EstateSummary Summary() => EstateRollup.Summary(Status());

    private Task<T> Registered<T>(Func<T> answer)
    {
        EnsureRegistered();
        return Task.FromResult(answer());
    }

    private void EnsureRegistered() => EstateRules.Registered(S.Profile, EstateId);
}
