using Anju.Common;
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
    ILogger<DwellingGrain> log) : Grain, IDwellingGrain, IRemindable
{
    private readonly DwellingView _view = new(options.Value);
    private readonly DwellingOptions _options = dwellingOptions.Value;
    private GridReporter? _reporter;
    private ExitReviewLink? _exits;

    private DwellingState S => state.State;

    private DateTimeOffset Now => clock.GetUtcNow();

    private DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    private GridReporter Reporter => _reporter ??= new(this, GrainFactory, () => S, () => _view.Summary(S, Now), log);

    private ExitReviewLink Exits => _exits ??= new(this, GrainFactory, () => S, c => CommandAsync(null, "exit-review", () => c), options.Value.ExitReviews.RetryPeriod, log);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        state.Compacting = () => trail.ArchiveAsync(this.GetPrimaryKeyString(), S);
        S.CommandsSeen.RemoveAll(c => c.At != default && Now - c.At >= _options.CommandIdWindow); // written with the next change
        if (trail.ToArchive(S) > 0)
        {
            state.SnapshotSoon(); // a trail that grew before it was bounded (or while archiving failed) moves out
        }

        Exits.ResumeIfPending(); // a trigger left undelivered last time
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

    public async Task<DwellingSnapshot> ChangeOccupancyAsync(ChangeOccupancy command, string? commandId = null)
    {
        var openCase = S.Exists ? await Exits.OpenCaseAsync(command) : null; // an exit step waits on an open exit review
        return await CommandAsync(commandId, "occupancy", () =>
        {
            var (to, actor) = DwellingChanges.Step(S, command);
            ExitCarryOut.Guard(openCase, S.ExitTriggers, command); // and on a trigger the book has not taken yet
            return s => DwellingChanges.Move(s, to, command, actor, Now);
        });
    }

    public Task<DwellingSnapshot> SetHouseholdAsync(Household? household, string actor, string? commandId = null) =>
        CommandAsync(commandId, household is null ? "clear-household" : "household", () =>
        {
            Validate.Text("actor", actor, 100);
            var valid = household is null ? null : HouseholdRules.Validate(household, options.Value.Households);
            DwellingChanges.CheckHousehold(S, valid);
            return s => s.Household = valid;
        });

    public Task<DwellingSnapshot> RecordInspectionAsync(UsageInspection inspection, string? commandId = null) =>
        CommandAsync(commandId, "inspection", () =>
        {
            var valid = InspectionRules.Validate(inspection, Now);
            return ExitReviewLink.Recording(s => s.Inspections.Add(valid), ExitReviewTriggers.OfInspection(S.Inspections, valid, S.State, S.DwellingId, S.Version + 1, options.Value.ExitReviews));
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
            DwellingChanges.CheckReview(S, receivedOn, Today);
            // The review completes the cycle: the next one falls due a period after it.
            return s => (s.LastReviewedOn, s.ReviewReceivedOn) = (receivedOn, null);
        });

    public async Task<DwellingSnapshot> AddDeductionAsync(DeductionEntry entry, string? commandId = null)
    {
        DeductionCrossing? crossing = null;
        var snapshot = await CommandAsync(commandId, "deduction", () =>
        {
            var recorded = crossing = DeductionRules.Record(S.Deductions, entry, Now, options.Value.Deductions);
            return ExitReviewLink.Recording(s => s.Deductions.Add(recorded.Entry), ExitReviewTriggers.OfDeduction(recorded, S.State, S.DwellingId, S.Version + 1));
        });

        if (crossing?.CrossedInto is { } level) // logged once durable; reaching ExitReview also opened a case (ExitReviewLink)
        {
            log.LogInformation("Dwelling {EstateId}/{DwellingId} reached deduction level {Level} ({Total} points)", S.EstateId, S.DwellingId, level, crossing.After.Total);
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

    public Task<Household?> GetHouseholdAsync()
    {
        EnsureExists();
        return Task.FromResult(S.Household);
    }

    public Task<Money.FeeBasis> GetFeeBasisAsync()
    {
        EnsureExists();
        var (_, dwellingId) = Keys.DwellingIdOf(this.GetPrimaryKeyString());
        return Task.FromResult(new Money.FeeBasis(dwellingId, S.GridId, S.FloorArea, S.State, S.Tenure.Type,
            S.Household is not null, S.Household?.SpecialGroups ?? Residency.SpecialGroups.None));
    }

    /// <summary>
    /// One command on an existing dwelling. A command id it already applied (within the window, with the same content)
    /// answers with the dwelling as it is now, checked before validation (a repeated step would otherwise be refused as
    /// a conflict); the same id with other content is a conflict. Then <paramref name="decide"/>
    /// validates and returns the change; the change and its command id are journaled together (durable both or
    /// neither), acknowledged once the journal's group commit holds them, then reported to the grid.
    /// </summary>
    private async Task<DwellingSnapshot> CommandAsync(string? commandId, string command, Func<Action<DwellingState>> decide)
    {
        EnsureExists();
        var fingerprint = CommandContent.Current();
        if (Validate.CommandId("commandId", commandId) is { } id)
        {
            if (CommandIds.IsRepeat(S.CommandsSeen, id, command, fingerprint))
            {
                return Snapshot();
            }

            CommandIds.CheckRoom(S.CommandsSeen, Now, _options.CommandIdWindow, _options.MaxCommandIdsInWindow);
        }

        DwellingChanges.Apply(S, decide(), commandId, command, fingerprint, Now, _options.CommandIdWindow);
        await state.CommitAsync();
        await Reporter.ReportAsync();
        await Exits.DeliverPendingAsync(); // a trigger this change made goes to the exit-review book once durable
        return Snapshot();
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => Exits.OnReminderAsync();

    private DwellingSnapshot Snapshot() => _view.Snapshot(S, Now);

    private void EnsureExists()
    {
        if (!S.Exists)
        {
            var (estateId, dwellingId) = Keys.DwellingIdOf(this.GetPrimaryKeyString());
            throw Absent.Of(this, "dwelling", $"{estateId}/{dwellingId}"); // an unknown id keeps no activation
        }
    }
}
