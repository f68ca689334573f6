using Anju.Common;
using Anju.Common.Journal;
using Anju.Grids;
using Anju.Residency;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;

namespace Anju.Dwellings;

/// <summary>Owns one dwelling: occupancy, household and residency records. Journals, then reports to its grid;
/// the Orleans state row is a snapshot written behind the journal (DwellingGrain.Snapshots.cs).</summary>
public sealed partial class DwellingGrain(
    [PersistentState("dwelling", StorageNames.Main)] IPersistentState<DwellingState> state,
    IStateJournal journal,
    IOccupancyArchive archive,
    IGrainStorageSerializer serializer,
    Serializer<DwellingState> binary,
    TimeProvider clock,
    IOptions<ResidencyOptions> options,
    IOptions<JournalOptions> journalOptions,
    IOptions<DwellingOptions> dwellingOptions,
    ILogger<DwellingGrain> log) : Grain, IDwellingGrain
{
    private static readonly TimeSpan ReportRetry = TimeSpan.FromSeconds(5);
    private readonly DwellingView _view = new(options.Value);
    private readonly JournaledState<DwellingState> _state = new(state, journal, new(binary, serializer), s => s.Version);
    private readonly int _snapshotEvery = Math.Max(1, journalOptions.Value.SnapshotEvery);
    private readonly int _historyKept = Math.Max(1, dwellingOptions.Value.HistoryKept);
    private readonly int _commandIdsKept = Math.Max(1, dwellingOptions.Value.CommandIdsKept);

    private IGrainTimer? _reportRetry;
    private readonly GrainHandle<IGridGrain> _grid = new();

    private DwellingState S => _state.State;

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<DwellingSnapshot> CreateAsync(CreateDwelling command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (S.Exists)
        {
            return (S.EstateId, S.GridId, S.Address, S.Tenure) == (command.EstateId, command.GridId, command.Address, command.Tenure)
                && (S.Version > 1 || (S.State, S.Household) == (command.InitialState, command.Household))
                && S.FloorArea.Equals(command.FloorArea)
                ? Snapshot()
                : throw new ConflictException($"Dwelling '{command.DwellingId}' already exists with other details.");
        }

        var household = command.Household is null ? null : HouseholdRules.Validate(command.Household, options.Value.Households);
        if (household is not null && command.InitialState is not (OccupancyState.Allocated or OccupancyState.Occupied or OccupancyState.ExitRequested))
        {
            throw new ValidationException("household", $"A dwelling that starts {command.InitialState} has no household.");
        }

        if (command.LastReviewedOn > Today)
        {
            throw new ValidationException("lastReviewedOn", "lastReviewedOn cannot be in the future.");
        }

        (S.EstateId, S.DwellingId, S.FloorArea, S.GridId, S.Address, S.Tenure) =
            (command.EstateId, command.DwellingId, command.FloorArea, command.GridId, command.Address, command.Tenure);
        S.State = command.InitialState;
        S.Household = household;
        if (command.InitialState != OccupancyState.Vacant)
        {
            S.History.Add(new OccupancyTransition(OccupancyState.Vacant, command.InitialState, OccupancyAction.Onboard, "onboarding", null, clock.GetUtcNow()));
            S.LastReviewedOn = OccupancyRules.IsLivedIn(command.InitialState) ? command.LastReviewedOn ?? Today : null;
        }

        S.Version = 1;
        await _state.WriteSnapshotAsync(); // a low-rate command (import): the snapshot itself is its acknowledgement
        return Snapshot();
    }

    public Task<DwellingSnapshot> ChangeOccupancyAsync(ChangeOccupancy command, string? commandId = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        EnsureExists();
        if (Repeat(commandId, "occupancy") is { } repeat)
        {
            return repeat;
        }

        var actor = Validate.Text("actor", command.Actor, 100);
        if (!Enum.IsDefined(command.Action) || command.Action == OccupancyAction.Onboard)
        {
            throw new ValidationException("action", $"Unknown action {command.Action}.");
        }

        var to = OccupancyRules.Next(S.State, command.Action);
        return MutateAsync(commandId, "occupancy", s =>
        {
            s.History.Add(new OccupancyTransition(s.State, to, command.Action, actor, command.Reason?.Trim(), clock.GetUtcNow()));
            s.State = to;
            if (to == OccupancyState.Occupied)
            {
                s.LastReviewedOn ??= Today; // the review cycle starts at move-in
            }
            else if (to == OccupancyState.Vacated)
            {
                (s.Household, s.LastReviewedOn, s.ReviewReceivedOn) = (null, null, null);
            }
        });
    }

    public Task<DwellingSnapshot> SetHouseholdAsync(Household? household, string actor, string? commandId = null)
    {
        EnsureExists();
        var name = household is null ? "clear-household" : "household";
        if (Repeat(commandId, name) is { } repeat)
        {
            return repeat;
        }

        Validate.Text("actor", actor, 100);
        var valid = household is null ? null : HouseholdRules.Validate(household, options.Value.Households);
        if (valid is not null && S.State is not (OccupancyState.Allocated or OccupancyState.Occupied or OccupancyState.ExitRequested))
        {
            throw new ConflictException($"A dwelling that is {S.State} has no household to record.");
        }

        return MutateAsync(commandId, name, s => s.Household = valid);
    }

    public Task<DwellingSnapshot> RecordInspectionAsync(UsageInspection inspection, string? commandId = null)
    {
        EnsureExists();
        if (Repeat(commandId, "inspection") is { } repeat)
        {
            return repeat;
        }

        var valid = InspectionRules.Validate(inspection, clock.GetUtcNow());
        return MutateAsync(commandId, "inspection", s => s.Inspections.Add(valid));
    }

    public Task<DwellingSnapshot> PostRentChargeAsync(RentCharge charge, string? commandId = null)
    {
        EnsureExists();
        if (Repeat(commandId, "rent-charge") is { } repeat)
        {
            return repeat;
        }

        var valid = RentRules.ValidateCharge(charge);
        return MutateAsync(commandId, "rent-charge", s => s.Charges = [.. RentRules.AddCharge(s.Charges, valid)]);
    }

    public Task<DwellingSnapshot> RecordRentPaymentAsync(RentPayment payment, string? commandId = null)
    {
        EnsureExists();
        if (Repeat(commandId, "rent-payment") is { } repeat)
        {
            return repeat;
        }

        var valid = RentRules.ValidatePayment(payment, Today);
        return MutateAsync(commandId, "rent-payment", s => s.Payments.Add(valid));
    }

    public Task<DwellingSnapshot> ReceiveAnnualReviewAsync(DateOnly receivedOn, string actor, string? commandId = null)
    {
        EnsureExists();
        if (Repeat(commandId, "annual-review") is { } repeat)
        {
            return repeat;
        }

        Validate.Text("actor", actor, 100);
        if (!OccupancyRules.IsLivedIn(S.State))
        {
            throw new ConflictException($"A dwelling that is {S.State} has no household to review.");
        }

        if (receivedOn > Today)
        {
            throw new ValidationException("receivedOn", "receivedOn cannot be in the future.");
        }

        // The review completes the cycle: the next one falls due a period after it.
        return MutateAsync(commandId, "annual-review", s => (s.LastReviewedOn, s.ReviewReceivedOn) = (receivedOn, null));
    }

    public async Task<DwellingSnapshot> AddDeductionAsync(DeductionEntry entry, string? commandId = null)
    {
        EnsureExists();
        if (Repeat(commandId, "deduction") is { } repeat)
        {
            return await repeat;
        }

        var crossing = DeductionRules.Record(S.Deductions, entry, clock.GetUtcNow(), options.Value.Deductions);
        var snapshot = await MutateAsync(commandId, "deduction", s => s.Deductions.Add(crossing.Entry));
        if (crossing.CrossedInto is { } level)
        {
            // Logged once the entry is durable: a failed write must not leave a crossing in the log that never happened.
            log.LogInformation("Dwelling {EstateId}/{DwellingId} reached deduction level {Level} ({Total} points)",
                S.EstateId, S.DwellingId, level, crossing.After.Total);
        }

        return snapshot;
    }

    /// <summary>The dwelling with its whole occupancy trail: the archived transitions in front of the ones kept.</summary>
    public async Task<DwellingSnapshot> GetAsync()
    {
        EnsureExists();
        if (S.HistoryArchived == 0)
        {
            return Snapshot();
        }

        var archived = await archive.ReadAsync(this.GetPrimaryKeyString(), S.HistoryArchived);
        if (archived.Count != S.HistoryArchived)
        {
            throw new InvalidOperationException(
                $"Dwelling {S.EstateId}/{S.DwellingId}: the archive holds {archived.Count} of its first {S.HistoryArchived} transitions.");
        }

        return _view.Snapshot(S, clock.GetUtcNow(), archived);
    }

    public Task<DwellingSummary> GetSummaryAsync() => Task.FromResult(_view.Summary(S, clock.GetUtcNow()));

    /// <summary>The answer to a command id this dwelling already applied (the dwelling as it is now), or null when the
    /// command is new. Checked before validation: a repeated step would otherwise be refused as a conflict.</summary>
    private Task<DwellingSnapshot>? Repeat(string? commandId, string command)
    {
        if (Validate.CommandId("commandId", commandId) is null)
        {
            return null;
        }

        var seen = S.CommandsSeen.Find(c => c.CommandId == commandId);
        if (seen is null)
        {
            return null;
        }

        return seen.Command == command
            ? Task.FromResult(Snapshot())
            : throw new ConflictException($"commandId '{commandId}' was already used for a {seen.Command} command on this dwelling (v{seen.Version}).");
    }

    /// <summary>Apply, journal, report: acknowledged only once the journal's group commit holds it. The command id
    /// goes into the same journaled state as the change, so both are durable or neither is.</summary>
    private async Task<DwellingSnapshot> MutateAsync(string? commandId, string command, Action<DwellingState> change)
    {
        change(S);
        S.Version++;
        if (commandId is not null)
        {
            S.CommandsSeen.Insert(0, new CommandSeen(commandId, command, S.Version));
            if (S.CommandsSeen.Count > _commandIdsKept)
            {
                S.CommandsSeen.RemoveRange(_commandIdsKept, S.CommandsSeen.Count - _commandIdsKept);
            }
        }

        await CommitAsync();
        await ReportAsync();
        return Snapshot();
    }

    /// <summary>The change is durable here, so a failed report does not fail the command: the grid's
    /// figures are derived and catch up when a retry delivers the (versioned) summary.</summary>
    private async Task ReportAsync()
    {
        try
        {
            await _grid.Get(GrainFactory, Keys.Grid(S.EstateId, S.GridId)).ReportDwellingAsync(_view.Summary(S, clock.GetUtcNow()));
            _reportRetry?.Dispose();
            _reportRetry = null;
        }
        catch (Exception ex) when (ex is not ConflictException)
        {
            log.LogWarning(ex, "Report of dwelling {EstateId}/{DwellingId} v{Version} failed; retrying", S.EstateId, S.DwellingId, S.Version);
            _reportRetry ??= this.RegisterGrainTimer(ReportAsync, ReportRetry, ReportRetry);
        }
    }

    private void LogSnapshotFailed(Exception ex) =>
        log.LogWarning(ex, "Snapshot of dwelling {EstateId}/{DwellingId} v{Version} failed; the journal still holds it", S.EstateId, S.DwellingId, S.Version);

    private DwellingSnapshot Snapshot() => _view.Snapshot(S, clock.GetUtcNow());

    private void EnsureExists()
    {
        if (!S.Exists)
        {
            var (estateId, dwellingId) = Keys.DwellingIdOf(this.GetPrimaryKeyString());
            throw new NotFoundException("dwelling", $"{estateId}/{dwellingId}");
        }
    }
}
