using Anju.Common;
using Anju.Dwellings;
using Anju.Residency;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Anju.Casework;

/// <summary>An estate's casework queues (<see cref="ICaseworkGrain"/>): load, apply a rule (PaperworkRules, RoundRules,
/// ChaseRules, IntakeRules), persist, then act on the dwelling or the exit-review book. A visit's finding and a passed
/// review go to the dwelling before the queue records them (the dwelling's command id makes a retry harmless); a failed
/// review is recorded first and its exit review opened after, retried by a reminder until the book answers.</summary>
internal sealed class CaseworkGrain(
    [PersistentState("casework", StorageNames.Main)] IPersistentState<CaseworkState> state,
    TimeProvider clock,
    IOptions<CaseworkOptions> options,
    IOptions<ResidencyOptions> residency,
    ILogger<CaseworkGrain> log) : Grain, ICaseworkGrain, IRemindable
{
    private const string RetryReminder = "casework-retry";
    private SerialWrites<CaseworkState> _writes = null!;
    private EstateDwellings _dwellings = null!;

    private CaseworkState S => state.State;
    private CaseworkOptions O => options.Value;
    private DateTimeOffset Now => clock.GetUtcNow();
    private DateOnly Today => O.CityDay(Now);
    private string EstateId => Keys.EstateIdOfCasework(this.GetPrimaryKeyString());

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_writes, _dwellings) = (new(state), new(GrainFactory, EstateId));
        return Task.CompletedTask;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => DeliverAsync();

    public async Task<CaseworkQueues> GetQueuesAsync()
    {
        await SyncIfStaleAsync();
        return CaseworkView.Of(EstateId, S, _dwellings.LoadedAt) with
        {
            IntakeDue = IntakeDueRules.List(_dwellings.Known.Values, S.Intake.Values, Today, residency.Value.AnnualReview.GraceDays),
        };
    }

    public async Task SyncAsync()
    {
        var dwellings = await _dwellings.LoadAsync(Now);
        var (opened, changed) = PaperworkRules.Apply(S, dwellings.Select(d => d.Summary), Now);
        var cleared = ChaseRules.Reconcile(S.Chases, dwellings.Select(d => d.Summary), Now);
        if (opened > 0 || cleared > 0 || (changed && state.RecordExists))
        {
            await WriteAsync(); // a look that opens nothing in an estate with nothing recorded writes nothing: reads stay reads
        }
    }

    public async Task<PaperworkItem> ClosePaperworkAsync(string itemId, string actor, string? note)
    {
        var before = S.Paperwork.FirstOrDefault(p => p.ItemId == itemId);
        var closed = PaperworkRules.Close(S, itemId, actor, note, Now);
        if (before?.ClosedAt is null)
        {
            await WriteAsync();
        }

        return closed;
    }

    public async Task<InspectionRound> OpenRoundAsync(OpenRound command)
    {
        ArgumentNullException.ThrowIfNull(command);
        await _dwellings.EnsureAsync(command.DwellingIds ?? [], Now);
        var round = RoundRules.Validate(command, _dwellings.Has, O.MaxRoundDwellings, Now);
        return await KeepAsync(S.Rounds, round.RoundId, round, RoundRules.SameRound);
    }

    public async Task<InspectionRound> RecordVisitAsync(RecordVisit command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var round = S.Rounds.GetValueOrDefault(Validate.Id("roundId", command.RoundId)) ?? throw new NotFoundException("round", command.RoundId);
        Validate.Id("dwellingId", command.DwellingId);
        if (!RoundRules.IsNewVisit(round, command))
        {
            return round;
        }

        var note = PaperworkRules.Optional("note", command.Note, 1000);
        var visit = new RoundVisit(command.DwellingId, command.Finding, Now, Validate.Text("actor", command.Actor, 100), note);
        CommandContent.Set("round-visit", $"{round.RoundId}\n{visit.DwellingId}\n{visit.Finding}\n{note}");
        await Dwelling(visit.DwellingId).RecordInspectionAsync(
            new UsageInspection(visit.At, visit.Actor, visit.Finding, note), RoundRules.VisitCommandId(round.RoundId, visit.DwellingId));
        S.Rounds[round.RoundId] = RoundRules.AddVisit(round, visit);
        await WriteAsync();
        return S.Rounds[round.RoundId];
    }

    public async Task<IReadOnlyList<ChaseRow>> GetChaseListAsync()
    {
        await SyncIfStaleAsync();
        var chased = _dwellings.Known.Values.Where(d => d.Summary.Rent >= O.ChaseFrom).Select(d => d.Summary.DwellingId).ToList();
        var heads = await _dwellings.HeadsAsync(chased);
        return ChaseRules.List(_dwellings.Known.Values, S.Chases.Values, O.ChaseFrom, Today, id => heads.GetValueOrDefault(id));
    }

    public async Task<ChaseRecord> RecordChaseAsync(RecordChase command)
    {
        ArgumentNullException.ThrowIfNull(command);
        await _dwellings.EnsureAsync([command.DwellingId], Now);
        var record = ChaseRules.Validate(command, _dwellings.Has, Today, Now);
        return await KeepAsync(S.Chases, record.ChaseId, record, ChaseRules.SameChase);
    }

    public async Task<IntakeItem> ReceiveIntakeAsync(ReceiveIntake command)
    {
        ArgumentNullException.ThrowIfNull(command);
        await _dwellings.EnsureAsync([command.DwellingId], Now);
        var item = IntakeRules.Receive(command, _dwellings.Has, Today, Now);
        return await KeepAsync(S.Intake, item.IntakeId, item, IntakeRules.SameIntake);
    }

    /// <summary>A repeat of a record already kept answers the kept one; anything else is stored, durably, first.</summary>
    private async Task<T> KeepAsync<T>(Dictionary<string, T> records, string id, T record, Func<T, T, bool> same)
    {
        if (records.TryGetValue(id, out var existing) && same(existing, record))
        {
            return existing;
        }

        records[id] = record;
        await WriteAsync();
        return record;
    }

    public async Task<IntakeItem> StepIntakeAsync(StepIntake command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var item = S.Intake.GetValueOrDefault(Validate.Id("intakeId", command.IntakeId)) ?? throw new NotFoundException("intake", command.IntakeId);
        if (IntakeRules.Step(item, command, Today, Now) is not { } next)
        {
            return item;
        }

        if (next.Status == IntakeStatus.Passed)
        {
            // The dwelling first: a review it refuses (a day before its last one) refuses the pass and nothing is kept.
            CommandContent.Set("intake-pass", $"{item.IntakeId}\n{item.ReceivedOn:yyyy-MM-dd}");
            await Dwelling(item.DwellingId).ReceiveAnnualReviewAsync(item.ReceivedOn, next.Steps[^1].Actor, $"intake-{item.IntakeId}");
        }

        S.Intake[item.IntakeId] = next;
        await WriteAsync();
        if (next.EffectPending)
        {
            await DeliverAsync();
        }

        return S.Intake[item.IntakeId];
    }

    public Task<CaseworkLog> GetLogAsync() =>
        Task.FromResult(new CaseworkLog(EstateId, [.. S.Rounds.Values], [.. S.Chases.Values], [.. S.Intake.Values]));

    /// <summary>Opens the exit review of every failed intake still waiting for one; keeps a reminder while any waits.</summary>
    private async Task DeliverAsync()
    {
        var changed = false;
        foreach (var item in S.Intake.Values.Where(i => i.EffectPending).ToList())
        {
            var failed = item.Steps[^1];
            try
            {
                var caseId = await GrainFactory.GetGrain<IExitReviewBookGrain>(Keys.ExitReviewBook(EstateId)).OpenAsync(
                    new ExitReviewTrigger(item.DwellingId, ExitReviewReason.AnnualReviewFailed, failed.At, failed.Actor, $"intake-{item.IntakeId}"));
                S.Intake[item.IntakeId] = item with { ExitCaseId = caseId, EffectPending = false };
                changed = true;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                log.LogWarning(e, "Intake {IntakeId} of {EstateId}: the exit review is not opened yet; retrying", item.IntakeId, EstateId);
            }
        }

        if (changed)
        {
            await WriteAsync();
        }

        if (S.Intake.Values.Any(i => i.EffectPending))
        {
            await this.RegisterOrUpdateReminder(RetryReminder, O.RetryEvery, O.RetryEvery);
        }
        else if (await this.GetReminder(RetryReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private Task SyncIfStaleAsync() =>
        _dwellings.LoadedAt is { } at && Now - at < O.SyncInterval ? Task.CompletedTask : SyncAsync();

    private Task WriteAsync()
    {
        CaseworkRetention.Prune(S, Now, O.KeepRecordsFor);
        return _writes.WriteAsync();
    }

    private IDwellingGrain Dwelling(string dwellingId) => GrainFactory.GetGrain<IDwellingGrain>(Keys.Dwelling(EstateId, dwellingId));
}
