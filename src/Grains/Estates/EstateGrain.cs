using Anju.Common;
using Anju.Contracts;
using Anju.Districts;
using Anju.Dwellings;
using Anju.Estates.Health;
using Anju.Grids;
using Anju.Incidents;
using Anju.Live;
using Anju.Security;
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
    private readonly GrainHandle<ILiveFeedGrain> _estateFeed = new();
    private readonly GrainHandle<IEstateSecurityGrain> _desk = new();
    private readonly GrainHandle<IDistrictGrain> _districtGrain = new();
    private Throttle? _publish;
    private EstateDwellings? _dwellings;

    private EstateState S => state.State;

    private string EstateId => Keys.EstateIdOf(this.GetPrimaryKeyString());

    private EstateDwellings Dwellings => _dwellings ??= new(GrainFactory, EstateId);

    /// <summary>Publishing and reporting up coalesce: both carry derived figures that catch up.</summary>
    private Throttle Publish => _publish ??= new(this, rollup.Value.ReportDelay, PublishAsync);

    /// <summary>Rebuilds the live figures from the grids, and re-joins the district (not awaited: the
    /// district may be pulling from this estate right now; joining is idempotent and heals a failed join).</summary>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Profile is null)
        {
            return;
        }

        var grids = await Task.WhenAll(S.Grids.Keys.Select(id => Grid(id).GetSummaryAsync()));
        var incidents = await PullAsync(() => GrainFactory.GetGrain<IEstateIncidentsGrain>(Keys.EstateIncidents(EstateId)).GetSectionAsync(), IncidentSection.Empty);
        var security = await PullAsync(() => Security().GetSectionAsync(), SecuritySection.Empty);
        _figures.Start(grids, incidents, security, S.UpdatedAt, clock.GetUtcNow());
        Publish.Touch(); // sends the population to the security desk
        District().JoinAsync(Summary()).Ignore();
    }

    public async Task<EstateStatus> RegisterAsync(RegisterEstate command)
    {
        var profile = EstateRules.Validate(EstateId, command, clock.GetUtcNow());
        if (S.Profile is null)
        {
            await CommitAsync(s => s.Profile = profile);
        }
        else if (!EstateRules.SameProfile(S.Profile, profile))
        {
            throw new ConflictException($"Estate '{EstateId}' is already registered with a different profile.");
        }

        // Also on a repeat: a registration whose join failed is completed by retrying it.
        await District().JoinAsync(Summary());
        return Status();
    }

    public async Task<EstateStatus> LocateAsync(GeoPoint location)
    {
        var at = GeoRules.Validate(location);
        var profile = S.Profile ?? throw new NotFoundException("estate", EstateId);
        if (profile.Location != at)
        {
            await CommitAsync(s => s.Profile = profile with { Location = at });
        }

        return Status();
    }

    public Task<EstateStructure> DefineZoneAsync(DefineZone command)
    {
        EnsureRegistered();
        var zone = EstateStructureRules.Zone(S, command, zones.Value);
        return PutAsync(S.Zones, zone.ZoneId, zone, "zone");
    }

    public async Task<EstateStructure> DefineGridAsync(DefineGrid command)
    {
        EnsureRegistered();
        var grid = EstateStructureRules.Grid(S, command);
        await Grid(grid.GridId).CreateAsync(new CreateGrid(EstateId, grid.GridId, grid.Name, grid.ZoneId));
        return await PutAsync(S.Grids, grid.GridId, grid, "grid");
    }

    public Task<EstateStructure> AddBuildingAsync(AddBuilding command)
    {
        EnsureRegistered();
        var building = EstateStructureRules.Building(S, command);
        return PutAsync(S.Buildings, building.BuildingId, building, "building");
    }

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
        var zoning = _figures.Grids.SelectMany(g => g.Tenures.Where(t => t.Value > 0).Select(t => new DwellingZoning(g.ZoneId ?? "", t.Key)));
        EstateStructureRules.Attach(S, attachment, zoning);
        await CommitAsync(s => s.Contracts[attachment.ContractId] = attachment with { ZoneId = string.IsNullOrWhiteSpace(attachment.ZoneId) ? null : attachment.ZoneId });
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
        return Reported(S.Grids.ContainsKey(summary.GridId) && _figures.Report(summary));
    }

    public Task ReportIncidentsAsync(IncidentSection section) => Reported(_figures.Report(section ?? throw new ArgumentNullException(nameof(section))));

    public Task ReportSecurityAsync(SecuritySection section) => Reported(_figures.Report(section ?? throw new ArgumentNullException(nameof(section))));

    private Task Reported(bool changed)
    {
        if (changed)
        {
            Changed();
        }

        return Task.CompletedTask;
    }

    /// <summary>A section the estate does not own; if its grain cannot answer, it starts at zero and the grain reports later.</summary>
    private async Task<T> PullAsync<T>(Func<Task<T>> pull, T fallback)
    {
        try
        {
            return await pull();
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Estate {EstateId} could not pull a status section; it waits for a report", EstateId);
            return fallback;
        }
    }

    /// <summary>Adds a structural fact; an identical repeat is harmless, a different one a conflict.</summary>
    private async Task<EstateStructure> PutAsync<T>(Dictionary<string, T> facts, string id, T fact, string kind)
    {
        if (!facts.TryGetValue(id, out var held))
        {
            await CommitAsync(_ => facts[id] = fact);
        }
        else if (!Equals(held, fact))
        {
            throw new ConflictException($"Estate '{EstateId}' already has {kind} '{id}' with other details.");
        }

        return S.Structure();
    }

    /// <summary>Apply a fact, persist, then publish: nothing leaves the grain that is not durable.</summary>
    private async Task CommitAsync(Action<EstateState> change)
    {
        change(S);
        S.UpdatedAt = clock.GetUtcNow();
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }

        Changed();
    }

    private void Changed()
    {
        _figures.Changed(clock.GetUtcNow());
        Publish.Touch();
    }

    private async Task PublishAsync()
    {
        var status = Status();
        if (_figures.PopulationToSend(S, status.Version) is { } population)
        {
            Security().ReportPopulationAsync(population).Ignore();
        }

        _estateFeed.Get(GrainFactory, Scopes.Estate(EstateId))
            .PublishAsync(LiveUpdate.Estate(status))
            .Ignore();
        await District().ReportAsync(EstateRollup.Summary(status));
    }

    private IEstateSecurityGrain Security() => _desk.Get(GrainFactory, Keys.EstateSecurity(EstateId));

    private IGridGrain Grid(string gridId) => GrainFactory.GetGrain<IGridGrain>(Keys.Grid(EstateId, gridId));

    private IDistrictGrain District() => _districtGrain.Get(GrainFactory, Keys.District(S.Profile!.District));

    private EstateStatus Status() => _figures.Status(S, health.Value);

    private EstateSummary Summary() => EstateRollup.Summary(Status());

    private Task<T> Registered<T>(Func<T> answer)
    {
        EnsureRegistered();
        return Task.FromResult(answer());
    }

    private void EnsureRegistered()
    {
        if (S.Profile is null)
        {
            throw new NotFoundException("estate", EstateId);
        }
    }
}
