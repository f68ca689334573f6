using Anju.Common;
using Anju.Districts;
using Anju.Dwellings;
using Anju.Estates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Anju.Grids;

/// <summary>Rolls up one grid's dwellings and reports to its estate; membership and staff are durable.</summary>
internal sealed class GridGrain(
    [PersistentState("grid", StorageNames.Main)] IPersistentState<GridState> state,
    IOptions<RollupOptions> rollup,
    IOptions<GridOptions> gridOptions,
    StoredDwellings stored,
    TimeProvider clock,
    ILogger<GridGrain> log) : Grain, IGridGrain
{
    private readonly GridOpenMatters _matters = new();
    private readonly GridDwellings _dwellings = new();
    private GridCalendar? _calendar;
    private Throttle? _toEstate;
    private readonly GrainHandle<IEstateGrain> _estate = new();
    private long _version;

    private GridState S => state.State;

    private GridCalendar Calendar => _calendar ??= new(this, GrainFactory, _dwellings, () => S, clock, log, Touch);

    private Throttle ToEstate => _toEstate ??= new(this, rollup.Value.ReportDelay, () =>
    {
        var summary = Summary();
        Calendar.Reported(summary);
        return _estate.Get(GrainFactory, Keys.Estate(S.EstateId)).ReportGridAsync(summary);
    });

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!S.Exists)
        {
            return;
        }

        _dwellings.Reset(GridSnapshot.Take(S) ?? await RebuildAsync());
        await state.WriteStateAsync(cancellationToken);
        _version = Rollups.NextVersion(_version, clock.GetUtcNow());
        Calendar.Start(gridOptions.Value.ReassessEvery);
        ToEstate.Touch();
        // Open matters come from the incident book; pulled in a turn of its own, not during
        // activation, because the book may be waiting on this estate while this grid activates.
        // So are standings gone stale while this grid slept on its snapshot.
        this.RegisterGrainTimer(async () =>
        {
            if (await _matters.PullAsync(GrainFactory, S, log))
            {
                Touch();
            }

            await Calendar.RoundAsync();
        }, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (S.Exists)
        {
            GridSnapshot.Keep(S, _dwellings.Held);
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public async Task CreateAsync(CreateGrid command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (GridRules.IsRepeat(S, command))
        {
            return;
        }

        (S.EstateId, S.GridId, S.Name, S.ZoneId) = (command.EstateId, command.GridId, command.Name, command.ZoneId);
        await state.WriteStateAsync();
        Calendar.Start(gridOptions.Value.ReassessEvery);
        Touch();
    }

    public async Task<GridStatus> SetStaffAsync(IReadOnlyList<GridStaff> staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        EnsureExists();
        var valid = staff.Select(GridRules.ValidateStaff).ToList();
        var previous = S.Staff;
        S.Staff = valid;
        await state.WriteOrUndoAsync(undo: () => S.Staff = previous);
        return Status();
    }

    public async Task AddDwellingsAsync(IReadOnlyList<DwellingSummary> dwellings)
    {
        ArgumentNullException.ThrowIfNull(dwellings);
        EnsureExists();
        var added = dwellings.Where(d => S.Members.Add(d.DwellingId)).ToList();
        if (added.Count == 0)
        {
            return;
        }

        await state.WriteOrUndoAsync(undo: () => added.ForEach(d => S.Members.Remove(d.DwellingId)));
        added.ForEach(d => _dwellings.Take(d));
        Touch();
    }

    public Task ReportDwellingAsync(DwellingSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (S.Members.Contains(summary.DwellingId) && _dwellings.Take(summary))
        {
            Touch();
        }

        return Task.CompletedTask;
    }

    public Task ReportOpenMattersAsync(GridMatters matters)
    {
        ArgumentNullException.ThrowIfNull(matters);
        if (_matters.Report(matters))
        {
            Touch();
        }

        return Task.CompletedTask;
    }

    public Task<GridStatus> GetStatusAsync()
    {
        EnsureExists();
        return Task.FromResult(Status());
    }

    public Task<GridSummary> GetSummaryAsync()
    {
        EnsureExists();
        return Task.FromResult(Summary());
    }

    public Task<IReadOnlyList<DwellingSummary>> ListDwellingsAsync()
    {
        EnsureExists();
        return Task.FromResult(_dwellings.InIdOrder());
    }

    /// <summary>Every member's summary after the snapshot was lost (the silo died): read from storage in one statement,
    /// the dwellings left asleep; only a member storage does not hold (or a host without that store) is asked.</summary>
    private async Task<IReadOnlyCollection<DwellingSummary>> RebuildAsync()
    {
        var read = stored.Available ? await stored.SummariesAsync(S.EstateId, S.Members, clock.GetUtcNow()) : new Dictionary<string, DwellingSummary>();
        var asked = await Task.WhenAll(S.Members.Where(id => !read.ContainsKey(id)).Select(id => Dwelling(id).GetSummaryAsync()));
        return [.. read.Values, .. asked];
    }

    private IDwellingGrain Dwelling(string dwellingId) => GrainFactory.GetGrain<IDwellingGrain>(Keys.Dwelling(S.EstateId, dwellingId));

    private void Touch()
    {
        _version = Rollups.NextVersion(_version, clock.GetUtcNow());
        ToEstate.Touch();
    }

    private GridSummary Summary() =>
        _dwellings.Summary(S.GridId, _version, S.ZoneId, _matters.Open, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    private GridStatus Status() => GridRules.Status(S, Summary(), gridOptions.Value);

    private void EnsureExists()
    {
        if (!S.Exists)
        {
            var (estateId, gridId) = Keys.GridIdOf(this.GetPrimaryKeyString());
            throw new NotFoundException("grid", $"{estateId}/{gridId}");
        }
    }
}
