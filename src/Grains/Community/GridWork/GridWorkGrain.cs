using Anju.Common;
using Anju.Grids;
using Microsoft.Extensions.Options;

namespace Anju.Community;

/// <summary>A grid's work (網格工作, §4.3): information-collection tasks over the grid's dwellings and mediation records.
/// Orchestration only: <see cref="TaskRules"/>, <see cref="MediationRules"/>, <see cref="GridDay"/> and
/// <see cref="CommandLog"/> decide; the grain checks the dwellings against its grid, stores, then answers.</summary>
internal sealed class GridWorkGrain(
    [PersistentState("gridwork", StorageNames.Main)] IPersistentState<GridWorkState> state,
    TimeProvider clock,
    IOptions<GridWorkOptions> options) : Grain, IGridWorkGrain
{
    private GridWorkState S => state.State;

    private GridWorkOptions O => options.Value;

    public async Task<InfoTask> CreateTaskAsync(NewInfoTask task, string actor)
    {
        ArgumentNullException.ThrowIfNull(task);
        var fingerprint = CommandLog.Fingerprint("task", task with { CommandId = null });
        if (CommandLog.Earlier(S.Commands, task.CommandId, fingerprint) is { } earlier)
        {
            return Task(earlier);
        }

        var (estateId, gridId) = Keys.GridWorkOf(this.GetPrimaryKeyString());
        var dwellings = await GrainFactory.GetGrain<IGridGrain>(Keys.Grid(estateId, gridId)).ListDwellingsAsync();
        var opened = TaskRules.Open(task, TaskRules.Id(S.TasksNumbered + 1), dwellings.Select(d => d.DwellingId).ToHashSet(StringComparer.Ordinal),
            O.MaxTaskDwellings, actor, clock.GetUtcNow());
        S.TasksNumbered++;
        S.Tasks.Add(opened);
        CommandLog.Remember(S.Commands, task.CommandId, fingerprint, opened.TaskId, O.CommandIdsKept);
        await SaveAsync();
        return opened;
    }

    public async Task<InfoTask> RecordVisitAsync(string taskId, string dwellingId, string? note, string actor)
    {
        var current = Task(Validate.Id("taskId", taskId));
        if (TaskRules.Visit(current, dwellingId, note, actor, clock.GetUtcNow()) is not { } next)
        {
            return current;
        }

        S.Tasks[S.Tasks.IndexOf(current)] = next;
        await SaveAsync();
        return next;
    }

    public async Task<Mediation> OpenMediationAsync(NewMediation mediation, string actor)
    {
        ArgumentNullException.ThrowIfNull(mediation);
        var fingerprint = CommandLog.Fingerprint("mediation", mediation with { CommandId = null });
        if (CommandLog.Earlier(S.Commands, mediation.CommandId, fingerprint) is { } earlier)
        {
            return Mediation(earlier);
        }

        var opened = MediationRules.Open(mediation, MediationRules.Id(S.MediationsNumbered + 1), actor, clock.GetUtcNow());
        S.MediationsNumbered++;
        S.Mediations.Add(opened);
        CommandLog.Remember(S.Commands, mediation.CommandId, fingerprint, opened.MediationId, O.CommandIdsKept);
        await SaveAsync();
        return opened;
    }

    public async Task<Mediation> RecordOutcomeAsync(string mediationId, MediationResult result, string actor)
    {
        var current = Mediation(Validate.Id("mediationId", mediationId));
        var now = clock.GetUtcNow();
        if (MediationRules.Decide(current, result, actor, now, O.CityDay(now)) is not { } next)
        {
            return current;
        }

        S.Mediations[S.Mediations.IndexOf(current)] = next;
        await SaveAsync();
        return next;
    }

    public Task<GridWorkView> GetAsync()
    {
        var (estateId, gridId) = Keys.GridWorkOf(this.GetPrimaryKeyString());
        var tasks = S.Tasks.OrderBy(t => t.Complete).ThenBy(t => t.DueOn).ThenBy(t => t.TaskId, StringComparer.Ordinal).ToList();
        var mediations = S.Mediations.OrderBy(m => m.IsOpen ? 0 : 1).ThenByDescending(m => m.OpenedAt).ToList();
        return System.Threading.Tasks.Task.FromResult(new GridWorkView(estateId, gridId, tasks, mediations, S.Version));
    }

    public Task<GridWorkToday> GetTodayAsync() =>
        System.Threading.Tasks.Task.FromResult(GridDay.Of(O.CityDay(clock.GetUtcNow()), S.Tasks, S.Mediations, O.CityDay));

    private InfoTask Task(string taskId) => S.Tasks.Find(t => t.TaskId == taskId) ?? throw new NotFoundException("task", taskId);

    private Mediation Mediation(string mediationId) =>
        S.Mediations.Find(m => m.MediationId == mediationId) ?? throw new NotFoundException("mediation", mediationId);

    private async Task SaveAsync()
    {
        S.Version++;
        await state.WriteOrReloadAsync();
    }
}
