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

/// <summary>Owns an estate's profile and structure; rolls up its grids and reports to its district.</summary>
public sealed partial class EstateGrain(
    [PersistentState("estate", StorageNames.Main)] IPersistentState<EstateState> state,
    TimeProvider clock,
    IOptions<RollupOptions> rollup,
    IOptions<ZoneOptions> zones,
    IOptions<HealthOptions> health,
    IOptions<ResidencyOptions> residency,
    ILogger<EstateGrain> log) : Grain, IEstateGrain
{
    private readonly Dictionary<string, GridSummary> _grids = new(StringComparer.Ordinal);
    private IncidentSection _incidents = IncidentSection.Empty;
    private SecuritySection _security = SecuritySection.Empty;
    private (int Residents, IReadOnlyDictionary<string, int> ByZone)? _populationSent;
    private Debouncer? _publish;
    private readonly GrainHandle<ILiveFeedGrain> _estateFeed = new();
    private readonly GrainHandle<IEstateSecurityGrain> _desk = new();
    private readonly GrainHandle<IDistrictGrain> _districtGrain = new();
    private long _version;
    private DateTimeOffset _updatedAt;

    private EstateState S => state.State;

    private string EstateId => Keys.EstateIdOf(this.GetPrimaryKeyString());

    /// <summary>Publishing and reporting up coalesce: both carry derived figures that catch up.</summary>
    private Debouncer Publish => _publish ??= new(this, rollup.Value.ReportDelay, PublishAsync);

    /// <summary>Rebuilds the live figures from the grids, and re-joins the district (not awaited: the
    /// district may be pulling from this estate right now; joining is idempotent and heals a failed join).</summary>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Profile is null)
        {
            return;
        }

        var pulled = await Task.WhenAll(S.Grids.Keys.Select(id => Grid(id).GetSummaryAsync()));
        foreach (var grid in pulled)
        {
            _grids[grid.GridId] = grid;
        }

        _incidents = await PullAsync(() => GrainFactory.GetGrain<IEstateIncidentsGrain>(Keys.EstateIncidents(EstateId)).GetSectionAsync(), IncidentSection.Empty);
        _security = await PullAsync(() => Security().GetSectionAsync(), SecuritySection.Empty);
        Publish.Touch(); // sends the population to the security desk

        _updatedAt = S.UpdatedAt;
        _version = Rollups.NextVersion(_version, clock.GetUtcNow());
        District().JoinAsync(Summary()).Ignore();
    }

    public async Task<EstateStatus> RegisterAsync(RegisterEstate command)
    {
        var profile = EstateRules.Validate(EstateId, command, clock.GetUtcNow());
        if (S.Profile is { } existing)
        {
            if (!EstateRules.SameProfile(existing, profile))
            {
                throw new ConflictException($"Estate '{EstateId}' is already registered with a different profile.");
            }
        }
        else
        {
            await CommitAsync(s => s.Profile = profile);
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

    public async Task<EstateStructure> DefineZoneAsync(DefineZone command)
    {
        EnsureRegistered();
        var zone = EstateStructureRules.Zone(S, command, zones.Value);
        await PutAsync(S.Zones, zone.ZoneId, zone, "zone");
        return Structure();
    }

    public async Task<EstateStructure> DefineGridAsync(DefineGrid command)
    {
        EnsureRegistered();
        var grid = EstateStructureRules.Grid(S, command);
        await Grid(grid.GridId).CreateAsync(new CreateGrid(EstateId, grid.GridId, grid.Name, grid.ZoneId));
        await PutAsync(S.Grids, grid.GridId, grid, "grid");
        return Structure();
    }

    public async Task<EstateStructure> AddBuildingAsync(AddBuilding command)
    {
        EnsureRegistered();
        var building = EstateStructureRules.Building(S, command);
        await PutAsync(S.Buildings, building.BuildingId, building, "building");
        return Structure();
    }

    public async Task<DwellingSnapshot> AddDwellingAsync(AddDwelling command)
    {
        await AddDwellingsAsync([command]);
        return await GrainFactory.GetGrain<IDwellingGrain>(Keys.Dwelling(EstateId, command.DwellingId)).GetAsync();
    }

    public Task<EstateStructure> GetStructureAsync()
    {
        EnsureRegistered();
        return Task.FromResult(Structure());
    }

    public Task<EstateStatus> GetStatusAsync()
    {
        EnsureRegistered();
        return Task.FromResult(Status());
    }

    public Task<EstateSummary> GetSummaryAsync()
    {
        EnsureRegistered();
        return Task.FromResult(Summary());
    }

    public Task<bool> ExistsAsync() => Task.FromResult(S.Profile is not null);

    public Task ReportGridAsync(GridSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (S.Grids.ContainsKey(summary.GridId) && Rollups.ApplyNewest(_grids, summary.GridId, summary, g => g.Version))
        {
            Changed();
        }

        return Task.CompletedTask;
    }

    public Task ReportIncidentsAsync(IncidentSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        _incidents = Newer(_incidents, section, section.Version > _incidents.Version);
        return Task.CompletedTask;
    }

    public Task ReportSecurityAsync(SecuritySection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        _security = Newer(_security, section, section.Version > _security.Version);
        return Task.CompletedTask;
    }

    /// <summary>Newest wins, as for grids: a repeated or reordered section report changes nothing.</summary>
    private T Newer<T>(T held, T reported, bool isNewer)
    {
        if (!isNewer)
        {
            return held;
        }

        Changed();
        return reported;
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
    private async Task PutAsync<T>(Dictionary<string, T> facts, string id, T fact, string kind)
    {
        if (facts.TryGetValue(id, out var held))
        {
            if (!Equals(held, fact))
            {
                throw new ConflictException($"Estate '{EstateId}' already has {kind} '{id}' with other details.");
            }

            return;
        }

        await CommitAsync(_ => facts[id] = fact);
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
        _updatedAt = clock.GetUtcNow();
        _version = Rollups.NextVersion(_version, _updatedAt);
        Publish.Touch();
    }

    private async Task PublishAsync()
    {
        var status = Status();
        SendPopulation(status.Version);
        _estateFeed.Get(GrainFactory, Scopes.Estate(EstateId))
            .PublishAsync(LiveUpdate.Estate(status))
            .Ignore();
        await District().ReportAsync(EstateRollup.Summary(status));
    }

    /// <summary>Guard staffing follows the actual population (§5.2): the security desk hears of every change.</summary>
    private void SendPopulation(long version)
    {
        var population = EstateRollup.Population(S, _grids.Values);
        if (_populationSent is { } sent && sent.Residents == population.Residents
            && sent.ByZone.Count == population.ByZone.Count
            && sent.ByZone.All(z => population.ByZone.TryGetValue(z.Key, out var n) && n == z.Value))
        {
            return;
        }

        _populationSent = population;
        Security().ReportPopulationAsync(new PopulationReport(version, population.Residents, population.ByZone)).Ignore();
    }

    private IEstateSecurityGrain Security() => _desk.Get(GrainFactory, Keys.EstateSecurity(EstateId));

    private IGridGrain Grid(string gridId) => GrainFactory.GetGrain<IGridGrain>(Keys.Grid(EstateId, gridId));

    private IDistrictGrain District() => _districtGrain.Get(GrainFactory, Keys.District(S.Profile!.District));

    private EstateStatus Status() => EstateRollup.Status(
        S, _grids.Values, new EstateSections(_incidents.Counts, _security.Counts, FacilityCounts.Zero), _version, _updatedAt, health.Value);

    private EstateSummary Summary() => EstateRollup.Summary(Status());

    private EstateStructure Structure() => new(
        [.. S.Zones.Values.OrderBy(z => z.ZoneId, StringComparer.Ordinal)],
        [.. S.Grids.Values.OrderBy(g => g.GridId, StringComparer.Ordinal)],
        [.. S.Buildings.Values.OrderBy(b => b.BuildingId, StringComparer.Ordinal)],
        [.. S.Contracts.Values.OrderBy(c => c.ContractId, StringComparer.Ordinal)]);

    private void EnsureRegistered()
    {
        if (S.Profile is null)
        {
            throw new NotFoundException("estate", EstateId);
        }
    }
}
