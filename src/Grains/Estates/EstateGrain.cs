using Anju.Common;
using Anju.Districts;
using Anju.Dwellings;
using Anju.Live;
using Microsoft.Extensions.Options;

namespace Anju.Estates;

/// <summary>Owns an estate's profile and dwelling membership, and rolls up its dwellings' reports.</summary>
public sealed class EstateGrain(
    [PersistentState("estate", StorageNames.Main)] IPersistentState<EstateState> state,
    TimeProvider clock,
    IOptions<RollupOptions> rollup) : Grain, IEstateGrain
{
    private Debouncer? _toDistrict;

    private EstateState S => state.State;

    /// <summary>Reports to the district coalesce: the district is derived and rebuilds from estates anyway.</summary>
    private Debouncer ToDistrict => _toDistrict ??= new(this, rollup.Value.ReportDelay, () => District().ReportAsync(Summary()));

    private string EstateId => Keys.EstateIdOf(this.GetPrimaryKeyString());

    /// <summary>Re-joins the district on every activation (not awaited: the district may be pulling
    /// from this estate right now). Joining is idempotent, and it heals estates registered before
    /// the district existed or whose join failed.</summary>
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Profile is not null)
        {
            District().JoinAsync(Summary()).Ignore();
        }

        return Task.CompletedTask;
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
            S.Profile = profile;
            await CommitAsync();
        }

        // Also on a repeat: a registration whose join failed is completed by retrying it.
        await District().JoinAsync(Summary());
        return Status();
    }

    public async Task<DwellingSnapshot> AddDwellingAsync(AddDwelling command)
    {
        ArgumentNullException.ThrowIfNull(command);
        EnsureRegistered();
        var dwellingId = Validate.Id("dwellingId", command.DwellingId);
        var area = Validate.Positive("floorArea", command.FloorArea);
        if (S.Dwellings.ContainsKey(dwellingId))
        {
            throw new ConflictException($"Estate '{EstateId}' already has dwelling '{dwellingId}'.");
        }

        var dwelling = GrainFactory.GetGrain<IDwellingGrain>(Keys.Dwelling(EstateId, dwellingId));
        var created = await dwelling.CreateAsync(new CreateDwelling(EstateId, dwellingId, area));
        S.Dwellings[dwellingId] = new DwellingSummary(dwellingId, created.Version, created.State);
        await CommitAsync();
        return created;
    }

    public async Task ReportDwellingAsync(DwellingSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        EnsureRegistered();
        if (!S.Dwellings.ContainsKey(summary.DwellingId))
        {
            throw new ConflictException($"Dwelling '{summary.DwellingId}' is not a member of estate '{EstateId}'.");
        }

        if (OccupancyRollup.Apply(S.Dwellings, summary))
        {
            await CommitAsync();
        }
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

    public Task<IReadOnlyList<DwellingSummary>> ListDwellingsAsync(int skip, int take)
    {
        EnsureRegistered();
        IReadOnlyList<DwellingSummary> page = [.. S.Dwellings.Values
            .OrderBy(d => d.DwellingId, StringComparer.Ordinal)
            .Skip(Math.Max(0, skip))
            .Take(Math.Clamp(take, 0, 1000))];
        return Task.FromResult(page);
    }

    public Task<bool> ExistsAsync() => Task.FromResult(S.Profile is not null);

    /// <summary>Persist, then publish: nothing leaves the grain that is not durable.</summary>
    private async Task CommitAsync()
    {
        S.Version++;
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

        var status = Status();
        GrainFactory.GetGrain<ILiveFeedGrain>(Scopes.Estate(EstateId))
            .PublishAsync(new LiveUpdate(Scopes.Estate(EstateId), "estate", status.Version, status))
            .Ignore();
        ToDistrict.Touch();
    }

    private IDistrictGrain District() => GrainFactory.GetGrain<IDistrictGrain>(Keys.District(S.Profile!.District));

    private EstateSummary Summary() =>
        new(EstateId, S.Profile!.Name, S.Profile.District, S.Version, OccupancyRollup.Count(S.Dwellings.Values));

    private EstateStatus Status() =>
        new(S.Profile!, OccupancyRollup.Count(S.Dwellings.Values), S.Version, S.UpdatedAt);

    private void EnsureRegistered()
    {
        if (S.Profile is null)
        {
            throw new NotFoundException("estate", EstateId);
        }
    }
}
