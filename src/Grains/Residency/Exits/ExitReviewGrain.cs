using Anju.Common;
using Anju.Dwellings;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Anju.Residency;

/// <summary>Owns one exit review: takes its triggers, applies its steps (<see cref="ExitReviewRules"/>), records the end
/// of its appeal window when its book's clock says so (<see cref="AppealWindows"/>), performs the dwelling's exit when
/// an exit decision is carried out, and reports every change to its estate's book (retrying on a timer, and again when
/// it next wakes, until the book has it).</summary>
internal sealed class ExitReviewGrain(
    [PersistentState("exit-review", StorageNames.Main)] IPersistentState<ExitReviewState> state,
    TimeProvider clock,
    IOptions<Dwellings.ResidencyOptions> options,
    ILogger<ExitReviewGrain> log) : Grain, IExitReviewGrain
{
    private const int CommandIdsKept = 20;
    private static readonly TimeSpan Retry = TimeSpan.FromSeconds(5);
    private IGrainTimer? _retry;

    private ExitReviewState S => state.State;

    private string CaseId => this.GetPrimaryKeyString()["exit/".Length..];

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (S.Summary is { } c && S.Reported < c.Version)
        {
            _retry = this.RegisterGrainTimer(ReportAsync, TimeSpan.Zero, Retry);
        }

        return Task.CompletedTask;
    }

    public async Task<ExitReviewSummary> ReceiveAsync(ExitReviewOpening opening)
    {
        ArgumentNullException.ThrowIfNull(opening);
        var now = clock.GetUtcNow();
        if (S.Summary is null)
        {
            await CommitAsync(s => (s.Summary, s.Triggers) = (ExitReviewRules.Open(CaseId, opening, now), [opening.Trigger]));
        }
        else if (S.Summary.IsOpen && !S.Triggers.Any(t => t.Reference == opening.Trigger.Reference))
        {
            await CommitAsync(s =>
            {
                s.Summary = ExitReviewRules.AddReason(s.Summary!, opening.Trigger.Reason, now);
                s.Triggers.Add(opening.Trigger);
            });
        }

        return S.Summary!; // the book asked, and applies what it gets back
    }

    public async Task<ExitReviewSnapshot> ActAsync(ExitReviewCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var current = EnsureExists();
        var commandId = Validate.CommandId("commandId", command.CommandId);
        if (commandId is not null && S.Commands.FirstOrDefault(c => c.CommandId == commandId) is { } seen)
        {
            return seen.Content == ExitCommandSeen.ContentOf(command) ? Snapshot()
                : throw new ConflictException($"commandId '{commandId}' was already used on this case for another step (v{seen.Version}): send a new id for a new step.");
        }

        var (next, steps) = ExitReviewRules.Apply(current, command, clock.GetUtcNow(), options.Value.ExitReviews);
        if (command.Action == ExitReviewAction.CarryOut)
        {
            await MoveOutAsync(steps[0]);
        }

        await CommitAsync(s =>
        {
            (s.Summary, s.Steps) = (next, [.. s.Steps, .. steps]);
            if (commandId is not null)
            {
                s.Commands.Insert(0, new ExitCommandSeen(commandId, ExitCommandSeen.ContentOf(command), next.Version));
                s.Commands.RemoveRange(Math.Min(s.Commands.Count, CommandIdsKept), Math.Max(0, s.Commands.Count - CommandIdsKept));
            }
        });
        return Snapshot();
    }

    public async Task<ExitReviewSummary> EndAppealWindowAsync()
    {
        if (AppealWindows.End(EnsureExists(), clock.GetUtcNow()) is var (next, step))
        {
            log.LogInformation("Exit review {CaseId}: the appeal window ended without an appeal; ready to carry out", CaseId);
            await CommitAsync(s => (s.Summary, s.Steps) = (next, [.. s.Steps, step]));
        }

        return S.Summary!;
    }

    public Task<ExitReviewSnapshot> GetAsync()
    {
        EnsureExists();
        return Task.FromResult(Snapshot());
    }

    /// <summary>The dwelling's own occupancy steps, each with a command id derived from the case (a retried carry-out
    /// repeats nothing), marked as the case's so the dwelling lets them through while the case is open.</summary>
    private async Task MoveOutAsync(ExitReviewStep step)
    {
        var c = S.Summary!;
        var dwelling = GrainFactory.GetGrain<IDwellingGrain>(Keys.Dwelling(c.EstateId, c.DwellingId));
        CommandContent.Clear(); // the fingerprint of this request is not the dwelling's command
        var reason = $"Exit review {CaseId}: {step.Reason}";
        foreach (var (action, commandId) in ExitCarryOut.Steps((await dwelling.GetAsync()).State, CaseId))
        {
            await dwelling.ChangeOccupancyAsync(new ChangeOccupancy(action, step.Actor, reason) { ExitReviewCase = CaseId }, commandId);
        }
    }

    private async Task CommitAsync(Action<ExitReviewState> change)
    {
        change(S);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }

        await ReportAsync();
    }

    /// <summary>The change is durable already: a failed report is logged and retried on a timer until the book has it.</summary>
    private async Task ReportAsync()
    {
        var summary = S.Summary!;
        try
        {
            await GrainFactory.GetGrain<IExitReviewRegisterGrain>(Keys.ExitReviewBook(summary.EstateId)).ReportAsync(summary);
            _retry?.Dispose();
            _retry = null;
            if (S.Reported < summary.Version)
            {
                S.Reported = summary.Version; // written with the next change; a restart before it only reports once more
            }
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Exit review {CaseId} v{Version} could not report to its book; retrying", CaseId, summary.Version);
            _retry ??= this.RegisterGrainTimer(ReportAsync, Retry, Retry);
        }
    }

    private ExitReviewSnapshot Snapshot() => new(S.Summary!, [.. S.Triggers], [.. S.Steps]);

    private ExitReviewSummary EnsureExists()
    {
        if (S.Summary is { } c)
        {
            return c;
        }

        throw Absent.Of(this, "exit review", CaseId);
    }
}
