using Anju.Common;
using Anju.Grids;
using Anju.Journal;
using Anju.Residency;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Anju.Dwellings;

/// <summary>Owns one dwelling: occupancy, household and residency records. Journals each change (the state is
/// <see cref="IJournaledState{TState}"/>), then reports to its grid; older trail entries move to the archive as the
/// journal snapshots.</summary>
internal sealed class DwellingGrain(
    [Journaled("dwelling", StorageNames.Main)] IJournaledState<DwellingState> state,
    OccupancyTrail trail,
    TimeProvider clock,
    IOptions<ResidencyOptions> options,
    IOptions<DwellingOptions> dwellingOptions,
    ILogger<DwellingGrain> log) : Grain, IDwellingGrain
{
    private static readonly TimeSpan ReportRetry = TimeSpan.FromSeconds(5);
    private readonly DwellingView _view = new(options.Value);
    private readonly int _commandIdsKept = Math.Max(1, dwellingOptions.Value.CommandIdsKept);
    private readonly GrainHandle<IGridGrain> _grid = new();
    private IGrainTimer? _reportRetry;

    private DwellingState S => state.State;

    private DateTimeOffset Now => clock.GetUtcNow();

    private DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        state.Compacting = () => trail.ArchiveAsync(this.GetPrimaryKeyString(), S);
        if (trail.ToArchive(S) > 0)
        {
            state.SnapshotSoon(); // a trail that grew before it was bounded (or while archiving failed) moves out
        }

        return base.OnActivateAsync(cancellationToken);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await state.OnDeactivateAsync(reason);
        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    public async Task<DwellingSnapshot> CreateAsync(CreateDwelling command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (S.Exists)
        {
            return DwellingChanges.IsSameCreation(S, command)
                ? Snapshot()
                : throw new ConflictException($"Dwelling '{command.DwellingId}' already exists with other details.");
        }

        var household = command.Household is null ? null : HouseholdRules.Validate(command.Household, options.Value.Households);
        DwellingChanges.Create(S, command, household, Now);
        await state.WriteSnapshotAsync(); // a low-rate command (import): the snapshot itself is its acknowledgement
        return Snapshot();
    }

    public Task<DwellingSnapshot> ChangeOccupancyAsync(ChangeOccupancy command, string? commandId = null) =>
        CommandAsync(commandId, "occupancy", () =>
        {
            ArgumentNullException.ThrowIfNull(command);
            var actor = Validate.Text("actor", command.Actor, 100);
            if (!Enum.IsDefined(command.Action) || command.Action == OccupancyAction.Onboard)
            {
                throw new ValidationException("action", $"Unknown action {command.Action}.");
            }

            var to = OccupancyRules.Next(S.State, command.Action);
            return s => DwellingChanges.Move(s, to, command, actor, Now);
        });

    public Task<DwellingSnapshot> SetHouseholdAsync(Household? household, string actor, string? commandId = null) =>
        CommandAsync(commandId, household is null ? "clear-household" : "household", () =>
        {
            Validate.Text("actor", actor, 100);
            var valid = household is null ? null : HouseholdRules.Validate(household, options.Value.Households);
            if (valid is not null && !OccupancyRules.MayHaveHousehold(S.State))
            {
                throw new ConflictException($"A dwelling that is {S.State} has no household to record.");
            }

            return s => s.Household = valid;
        });

    public Task<DwellingSnapshot> RecordInspectionAsync(UsageInspection inspection, string? commandId = null) =>
        CommandAsync(commandId, "inspection", () =>
        {
            var valid = InspectionRules.Validate(inspection, Now);
            return s => s.Inspections.Add(valid);
        });

    public Task<DwellingSnapshot> PostRentChargeAsync(RentCharge charge, string? commandId = null) =>
        CommandAsync(commandId, "rent-charge", () =>
        {
            var valid = RentRules.ValidateCharge(charge);
            return s => s.Charges = [.. RentRules.AddCharge(s.Charges, valid)];
        });

    public Task<DwellingSnapshot> RecordRentPaymentAsync(RentPayment payment, string? commandId = null) =>
        CommandAsync(commandId, "rent-payment", () =>
        {
            var valid = RentRules.ValidatePayment(payment, Today);
            return s => s.Payments.Add(valid);
        });

    public Task<DwellingSnapshot> ReceiveAnnualReviewAsync(DateOnly receivedOn, string actor, string? commandId = null) =>
        CommandAsync(commandId, "annual-review", () =>
        {
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
            return s => (s.LastReviewedOn, s.ReviewReceivedOn) = (receivedOn, null);
        });

    public async Task<DwellingSnapshot> AddDeductionAsync(DeductionEntry entry, string? commandId = null)
    {
        DeductionCrossing? crossing = null;
        var snapshot = await CommandAsync(commandId, "deduction", () =>
        {
            crossing = DeductionRules.Record(S.Deductions, entry, Now, options.Value.Deductions);
            return s => s.Deductions.Add(crossing.Entry);
        });

        if (crossing?.CrossedInto is { } level)
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
        return S.HistoryArchived == 0
            ? Snapshot()
            : _view.Snapshot(S, Now, await trail.ArchivedAsync(this.GetPrimaryKeyString(), S));
    }

    public Task<DwellingSummary> GetSummaryAsync() => Task.FromResult(_view.Summary(S, Now));

    /// <summary>
    /// One command on an existing dwelling. A command id it already applied answers with the dwelling as it is now,
    /// checked before validation (a repeated step would otherwise be refused as a conflict). Then <paramref name="decide"/>
    /// validates and returns the change; the change and its command id are journaled together (durable both or
    /// neither), acknowledged once the journal's group commit holds them, then reported to the grid.
    /// </summary>
    private async Task<DwellingSnapshot> CommandAsync(string? commandId, string command, Func<Action<DwellingState>> decide)
    {
        EnsureExists();
        if (Validate.CommandId("commandId", commandId) is { } id && CommandIds.IsRepeat(S.CommandsSeen, id, command))
        {
            return Snapshot();
        }

        var change = decide();
        change(S);
        S.Version++;
        if (commandId is not null)
        {
            CommandIds.Remember(S.CommandsSeen, new CommandSeen(commandId, command, S.Version), _commandIdsKept);
        }

        await state.CommitAsync();
        await ReportAsync();
        return Snapshot();
    }

    /// <summary>The change is durable here, so a failed report does not fail the command: the grid's
    /// figures are derived and catch up when a retry delivers the (versioned) summary.</summary>
    private async Task ReportAsync()
    {
        try
        {
            await _grid.Get(GrainFactory, Keys.Grid(S.EstateId, S.GridId)).ReportDwellingAsync(_view.Summary(S, Now));
            _reportRetry?.Dispose();
            _reportRetry = null;
        }
        catch (Exception ex) when (ex is not ConflictException)
        {
            log.LogWarning(ex, "Report of dwelling {EstateId}/{DwellingId} v{Version} failed; retrying", S.EstateId, S.DwellingId, S.Version);
            _reportRetry ??= this.RegisterGrainTimer(ReportAsync, ReportRetry, ReportRetry);
        }
    }

    private DwellingSnapshot Snapshot() => _view.Snapshot(S, Now);

    private void EnsureExists()
    {
        if (!S.Exists)
        {
            var (estateId, dwellingId) = Keys.DwellingIdOf(this.GetPrimaryKeyString());
            throw new NotFoundException("dwelling", $"{estateId}/{dwellingId}");
        }
    }
}
