using Anju.Common;
using Anju.Districts;
using Anju.Estates;
using Anju.Grids;
using Anju.Live;
using Microsoft.Extensions.Options;

namespace Anju.Incidents;

/// <summary>An estate's incident book: opens cases (one per open device alarm), keeps the newest summary of each
/// (<see cref="IncidentBook"/>), counts them and pushes the counts to the estate (throttled), the open list to its
/// live scope and each grid its open matters (網格事項).</summary>
internal sealed class EstateIncidentsGrain(
    [PersistentState("incident-book", StorageNames.Main)] IPersistentState<EstateIncidentsState> state,
    TimeProvider clock,
    IOptions<IncidentOptions> options,
    IOptions<RollupOptions> rollup) : Grain, IEstateIncidentsGrain
{
    private Throttle? _push;
    private IncidentCounts? _sent;
    private Dictionary<string, int> _gridsSent = new(StringComparer.Ordinal);
    private long _version;
    private SerialWrites<EstateIncidentsState>? _writes;

    private EstateIncidentsState S => state.State;

    private string EstateId => Keys.EstateIdOfIncidents(this.GetPrimaryKeyString());

    private Throttle Push => _push ??= new(this, rollup.Value.ReportDelay, PushAsync);

    /// <summary>Recounts on a slow timer while active so the 24-hour window slides and deadlines passing show as overdue.</summary>
    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var period = options.Value.RecountPeriod;
        this.RegisterGrainTimer(() => { Push.Touch(); return Task.CompletedTask; }, period, period);
        _version = Rollups.NextVersion(_version, clock.GetUtcNow());
        return Task.CompletedTask;
    }

    public Task<IncidentSection> GetSectionAsync() => Task.FromResult(new IncidentSection(_version, Counts()));

    public async Task<IncidentSnapshot> FileAsync(FileIncident command)
    {
        var valid = IncidentRules.Validate(command);
        if (valid.Location.EstateId != EstateId)
        {
            throw new ValidationException("location.estateId", $"This book is estate '{EstateId}''s.");
        }

        var district = await CheckPlaceAsync(valid.Location);
        var alarm = IncidentRules.AlarmKey(valid);
        if (IncidentBook.OpenCaseFor(S, alarm) is { } openId)
        {
            var repeated = await Case(openId).RepeatAsync(valid.Actor);
            await ApplyAsync(repeated.Summary);
            return repeated;
        }

        var id = IncidentIds.New(clock.GetUtcNow(), Random.Shared);
        var created = await Case(id).CreateAsync(valid, options.Value.RouteFor(valid.Category), district);
        await ApplyAsync(created.Summary, alarm);
        return created;
    }

    public Task ReportAsync(IncidentSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary.Location.EstateId == EstateId ? ApplyAsync(summary) : Task.CompletedTask;
    }

    public Task<IReadOnlyList<IncidentSummary>> ListAsync(IncidentQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        IReadOnlyList<IncidentSummary> found = [.. S.Cases.Values.Where(c => IncidentFilter.Matches(c, query))
            .OrderByDescending(c => c.CreatedAt).ThenBy(c => c.IncidentId, StringComparer.Ordinal)];
        return Task.FromResult(found);
    }

    public Task<IncidentBoard> GetBoardAsync()
    {
        var now = clock.GetUtcNow();
        return Task.FromResult(new IncidentBoard(EstateId, IncidentTally.Count(S.Cases.Values, now), IncidentTally.ByGrid(S.Cases.Values, now)));
    }

    /// <summary>Keeps the newest version of a case, persists, then pushes.</summary>
    private async Task ApplyAsync(IncidentSummary summary, string? alarm = null)
    {
        if (IncidentBook.Take(S, summary, alarm, clock.GetUtcNow() - options.Value.KeepFinishedFor))
        {
            await SaveAsync();
            Push.Touch();
        }
    }

    /// <summary>Writes the whole book (<see cref="SerialWrites{TState}"/>: reports interleave with filing).</summary>
    private Task SaveAsync() => (_writes ??= new(state)).WriteAsync();

    /// <summary>The estate must exist and hold the grid and building named; returns its district.</summary>
    private async Task<string> CheckPlaceAsync(IncidentLocation location)
    {
        var estate = GrainFactory.GetGrain<IEstateGrain>(Keys.Estate(EstateId));
        IncidentBook.CheckPlace(EstateId, await estate.GetStructureAsync(), location);
        return (await estate.GetSummaryAsync()).District;
    }

    private async Task PushAsync()
    {
        var counts = Counts();
        _version = Rollups.NextVersion(_version, clock.GetUtcNow());
        GrainFactory.GetGrain<ILiveFeedGrain>(Scopes.Incidents(EstateId))
            .PublishAsync(LiveUpdate.Incidents(EstateId, _version, IncidentBook.Open(S))).Ignore();
        SendGridMatters();
        if (counts != _sent)
        {
            try
            {
                await GrainFactory.GetGrain<IEstateGrain>(Keys.Estate(EstateId)).ReportIncidentsAsync(new IncidentSection(_version, counts));
            }
            catch (NotFoundException) when (S.Cases.Count == 0)
            {
                DeactivateOnIdle(); // a book of an estate that is not registered holds nothing: it does not stay to retry
                return;
            }

            _sent = counts;
        }
    }

    /// <summary>Each grid hears how many matters are open in it when that number changes (not awaited:
    /// a grid's figures catch up, and the book must not wait on grids).</summary>
    private void SendGridMatters()
    {
        var open = IncidentTally.ByGrid(S.Cases.Values, clock.GetUtcNow()).ToDictionary(g => g.Key, g => g.Value.Open, StringComparer.Ordinal);
        foreach (var (gridId, now) in IncidentBook.MattersChanged(open, _gridsSent))
        {
            GrainFactory.GetGrain<IGridGrain>(Keys.Grid(EstateId, gridId)).ReportOpenMattersAsync(new GridMatters(_version, now)).Ignore();
        }

        _gridsSent = open;
    }

    private IncidentCounts Counts() => IncidentTally.Count(S.Cases.Values, clock.GetUtcNow());

    private IIncidentGrain Case(string id) => GrainFactory.GetGrain<IIncidentGrain>(Keys.Incident(id));
}
