using Anju.Common;
using Anju.Districts;
using Anju.Dwellings;
using Anju.Estates;
using Anju.Incidents;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Anju.Grids;

/// <summary>Rolls up one grid's dwellings and reports to its estate; membership and staff are durable.</summary>
internal sealed class GridGrain(
    [PersistentState("grid", StorageNames.Main)] IPersistentState<GridState> state,
    IOptions<RollupOptions> rollup,
    IOptions<GridOptions> gridOptions,
    TimeProvider clock,
    ILogger<GridGrain> log) : Grain, IGridGrain
{
    private GridMatters _matters = GridMatters.None;
    private readonly GridDwellings _dwellings = new();
    private Throttle? _toEstate;
    private readonly GrainHandle<IEstateGrain> _estate = new();
    private long _version;

    /// <summary>Reviews overdue in the last summary sent to the estate: the calendar round reports only when the day
    /// changed it.</summary>
    private int _reportedOverdue;

    private GridState S => state.State;

    private Throttle ToEstate => _toEstate ??= new(this, rollup.Value.ReportDelay, () =>
    {
        var summary = Summary();
        _reportedOverdue = summary.Residency.ReviewsOverdue;
        return _estate.Get(GrainFactory, Keys.Estate(S.EstateId)).ReportGridAsync(summary);
    });

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!S.Exists)
        {
            return;
        }

        _dwellings.Reset(S.Clean ? S.Snapshot.Values : await PullAsync());
        S.Clean = false;
        S.Snapshot = [];
        await state.WriteStateAsync(cancellationToken);
        _version = Rollups.NextVersion(_version, clock.GetUtcNow());
        StartCalendar();
        ToEstate.Touch();
        // Open matters come from the incident book; pulled in a turn of its own, not during
        // activation, because the book may be waiting on this estate while this grid activates.
        // So are standings gone stale while this grid slept on its snapshot.
        this.RegisterGrainTimer(async () =>
        {
            await PullMattersAsync();
            await ReassessAsync();
        }, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (S.Exists)
        {
            S.Snapshot = new(_dwellings.Held, StringComparer.Ordinal);
            S.Clean = true;
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public async Task CreateAsync(CreateGrid command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (S.Exists)
        {
            if ((S.EstateId, S.GridId, S.ZoneId) != (command.EstateId, command.GridId, command.ZoneId))
            {
                throw new ConflictException($"Grid '{command.GridId}' already exists with other details.");
            }

            return;
        }

        (S.EstateId, S.GridId, S.Name, S.ZoneId) = (command.EstateId, command.GridId, command.Name, command.ZoneId);
        await state.WriteStateAsync();
        StartCalendar();
        Touch();
    }

    public async Task<GridStatus> SetStaffAsync(IReadOnlyList<GridStaff> staff)
    {
        ArgumentNullException.ThrowIfNull(staff);
        EnsureExists();
        var valid = staff.Select(GridRules.ValidateStaff).ToList();
        var previous = S.Staff;
        S.Staff = valid;
        await WriteAsync(undo: () => S.Staff = previous);
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

        await WriteAsync(undo: () => added.ForEach(d => S.Members.Remove(d.DwellingId)));
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
        if (matters.Version > _matters.Version)
        {
            var changed = matters.Open != _matters.Open;
            _matters = matters;
            if (changed)
            {
                Touch();
            }
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

    private Task<DwellingSummary[]> PullAsync() => Task.WhenAll(S.Members.Select(id => Dwelling(id).GetSummaryAsync()));

    private IDwellingGrain Dwelling(string dwellingId) => GrainFactory.GetGrain<IDwellingGrain>(Keys.Dwelling(S.EstateId, dwellingId));

    private async Task PullMattersAsync()
    {
        try
        {
            var board = await GrainFactory.GetGrain<IEstateIncidentsGrain>(Keys.EstateIncidents(S.EstateId)).GetBoardAsync();
            if (_matters.Version == 0 && board.ByGrid.TryGetValue(S.GridId, out var counts) && counts.Open > 0)
            {
                _matters = _matters with { Open = counts.Open };
                Touch();
            }
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Grid {EstateId}/{GridId} could not read its open matters; the incident book reports them on the next change", S.EstateId, S.GridId);
        }
    }

    /// <summary>Overdue reviews, rent falling due or ageing, deductions leaving their window: matters of the calendar,
    /// re-derived periodically from activation, or from creation for a grid made in this activation (it had no
    /// timer until its next activation before).</summary>
    private void StartCalendar()
    {
        var every = gridOptions.Value.ReassessEvery;
        this.RegisterGrainTimer(ReassessAsync, every, every);
    }

    /// <summary>Asks each dwelling whose standing the calendar has changed since it reported for its summary now, and
    /// re-derives the figures (reviews fall overdue by the calendar too). A dwelling that cannot answer keeps its
    /// summary until the next round.</summary>
    private async Task ReassessAsync()
    {
        var now = clock.GetUtcNow();
        var due = _dwellings.DueAt(now);
        var answers = await Task.WhenAll(due.Select(AskAsync));
        var changed = answers.OfType<DwellingSummary>().Count(d => S.Members.Contains(d.DwellingId) && _dwellings.Reassessed(d));
        if (due.Count > 0)
        {
            log.LogDebug("Grid {EstateId}/{GridId} reassessed {Due} dwelling(s); {Changed} changed", S.EstateId, S.GridId, due.Count, changed);
        }

        if (changed > 0 || _dwellings.ReviewsOverdue(DateOnly.FromDateTime(now.UtcDateTime)) != _reportedOverdue)
        {
            Touch();
        }
    }

    /// <summary>A dwelling's summary now, or null (logged) when it cannot answer: it keeps its summary until the next round.</summary>
    private async Task<DwellingSummary?> AskAsync(string dwellingId)
    {
        try
        {
            return await Dwelling(dwellingId).GetSummaryAsync();
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Grid {EstateId}/{GridId} could not reassess dwelling {DwellingId}; next round", S.EstateId, S.GridId, dwellingId);
            return null;
        }
    }

    /// <summary>Persists the state; a failed write takes the change back out of memory.</summary>
    private async Task WriteAsync(Action undo)
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            undo();
            throw;
        }
    }

    private void Touch()
    {
        _version = Rollups.NextVersion(_version, clock.GetUtcNow());
        ToEstate.Touch();
    }

    private GridSummary Summary() =>
        _dwellings.Summary(S.GridId, _version, S.ZoneId, _matters.Open, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    private GridStatus Status()
    {
        var summary = Summary();
        return new GridStatus(S.EstateId, S.GridId, S.Name, summary, [.. S.Staff], GridRules.MissingRoles(S.Staff),
            GridRules.SizeWarning(summary.Occupancy.Dwellings, gridOptions.Value));
    }

    private void EnsureExists()
    {
        if (!S.Exists)
        {
            var (estateId, gridId) = Keys.GridIdOf(this.GetPrimaryKeyString());
            throw new NotFoundException("grid", $"{estateId}/{gridId}");
        }
    }
}
