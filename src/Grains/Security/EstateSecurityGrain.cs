using Anju.Common;
using Anju.Districts;
using Anju.Estates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Anju.Security;

/// <summary>An estate's security desk (<see cref="IEstateSecurityGrain"/>): load, apply a rule (Roster, Shift, Policy,
/// Route, Patrol and Staffing rules, DeskEvents, AlarmBook, CameraAlarms), persist, report (to the estate; alarms through <see cref="DeskAlarmFeed"/>).
/// Durable (state "security-desk"): roster, shifts, on duty, policy, routes and rounds, alarms, the idempotence window. Cameras are
/// <see cref="EstateCamerasGrain"/>'s, reported here. One tick closes patrol windows, runs the staffing clock and the camera orders.</summary>
internal sealed class EstateSecurityGrain(
    [PersistentState("security-desk", StorageNames.Main)] IPersistentState<SecurityDeskState> desk,
    TimeProvider clock,
    IOptions<SecurityOptions> options,
    IOptions<Alarms.AlarmOptions> alarms,
    ILogger<EstateSecurityGrain> log) : Grain, IEstateSecurityGrain, IRemindable
{
    private const string WatchReminder = "watch";
    private readonly GrainHandle<IEstateGrain> _estate = new();
    private SecuritySection _section = SecuritySection.Empty;
    private CameraReport _cameras = null!;
    private PopulationReport? _pendingPopulation;
    private bool _populationUnwritten, _watching;
    private Throttle? _report, _population;
    private EventWindow _events = null!;
    private DeskAlarmFeed _feed = null!;

    private SecurityDeskState S => desk.State;
    private SecurityOptions O => options.Value;
    private string EstateId => Keys.EstateIdOfSecurity(this.GetPrimaryKeyString());
    private DateTimeOffset Now => clock.GetUtcNow();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _events = new EventWindow(S.RecentEvents, O.EventWindow, O.EventWindowSize);
        _feed = new(this, GrainFactory, EstateId, alarms.Value, log);
        _cameras = await GrainFactory.GetGrain<IEstateCamerasGrain>(Keys.EstateCameras(EstateId)).GetReportAsync(); // it never calls back while we activate
        _section = new SecuritySection(Rollups.NextVersion(0, Now), Counts());
        this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(O.TickInterval, O.TickInterval) { KeepAlive = true });
        await WatchAsync();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) =>
        _populationUnwritten ? WriteAsync() : Task.CompletedTask;

    public Task ReceiveReminder(string reminderName, TickStatus status) => TickAsync();

    public Task<SecuritySection> GetSectionAsync() => Task.FromResult(_section);

    /// <summary>Interleaved: only notes the newest report; a timer turn applies it, at most once per report delay.</summary>
    public Task ReportPopulationAsync(PopulationReport report)
    {
        if ((_pendingPopulation ?? S.Population) is not { } held || report.Version > held.Version)
        {
            _pendingPopulation = report;
            (_population ??= new(this, O.ReportDelay, ApplyPopulationAsync)).Touch();
        }

        return Task.CompletedTask;
    }

    public async Task ReportCamerasAsync(CameraReport report)
    {
        if (report.Version > _cameras.Version)
        {
            _cameras = report;
            await SaveAsync(CameraAlarms.Reconcile(S, report, Now, O.ClearedAlarmsKept));
        }
    }

    public async Task<Guard> RegisterGuardAsync(Guard guard)
    {
        var valid = RosterRules.Valid(guard, await StructureAsync(), EstateId);
        return S.Guards.GetValueOrDefault(valid.GuardId) == valid ? valid : await CommitAsync(() => S.Guards[valid.GuardId] = valid);
    }

    public Task<SecurityView> RemoveGuardAsync(string guardId, string actor) => StaffAsync(() => RosterRules.Remove(S, guardId, actor, Now));

    public async Task<Shift> PlanShiftAsync(Shift shift)
    {
        var valid = ShiftRules.Valid(shift, S.Guards, EstateId);
        valid = valid with { ZoneId = RosterRules.Zone(await StructureAsync(), shift.ZoneId, EstateId) };
        return await CommitAsync(() => (S.Shifts = ShiftRules.Plan(S.Shifts, valid, Now))[valid.ShiftId]);
    }

    public Task<Shift> ConfirmShiftAsync(string shiftId, string guardId) => CommitAsync(() => ShiftRules.Confirm(S.Shifts, shiftId, guardId));

    public Task<SecurityView> ClockAsync(string guardId, bool onDuty, string actor) => StaffAsync(() => RosterRules.Clock(S, guardId, onDuty, actor, Now));

    public async Task<SecurityView> SetPolicyAsync(StaffingPolicy policy)
    {
        var valid = PolicyRules.Valid(policy, policy?.Ratios.Count > 0 ? await StructureAsync() : null, EstateId);
        return await StaffAsync(() => S.Policy = valid);
    }

    public async Task<PatrolRoute> DefineRouteAsync(PatrolRoute route)
    {
        var valid = RouteRules.Valid(route, S.Routes);
        await StructureAsync(); // the estate must be registered
        return RouteRules.Define(S, valid, Now) ? await CommitAsync(() => valid) : S.Routes[valid.RouteId];
    }

    public async Task<IReadOnlyList<IngestResult>> IngestAsync(IReadOnlyList<DeviceEvent> events)
    {
        var results = DeskEvents.Apply(S, _events, events, Now, EstateId);
        return results.Any(r => r.Outcome == IngestOutcome.Accepted) // acknowledged once durable: a failure fails the whole batch
            ? await CommitAsync(() => { StaffingRules.Run(S, Now, O); return results; })
            : results;
    }

    public Task<Alarm> RaiseAlarmAsync(RaiseAlarm alarm) => CommitAsync(() => AlarmBook.Raise(S, AlarmBook.Valid(alarm), Now));

    public async Task<Alarm> AcknowledgeAlarmAsync(string alarmId, string actor)
    {
        var before = S.Alarms.FirstOrDefault(a => a.AlarmId == alarmId);
        var acknowledged = AlarmBook.Acknowledge(S.Alarms, alarmId, actor, Now);
        return ReferenceEquals(before, acknowledged) ? acknowledged : await CommitAsync(() => acknowledged);
    }

    public Task<IReadOnlyList<Alarm>> GetAlarmsAsync(bool includeCleared) => Task.FromResult(AlarmBook.List(S.Alarms, includeCleared));

    public Task<SecurityView> GetViewAsync() => Task.FromResult(View());

    private async Task ApplyPopulationAsync()
    {
        var effect = _pendingPopulation is { } report ? StaffingRules.Population(S, report, desk.RecordExists, Now, O) : PopulationEffect.None;
        _populationUnwritten |= effect == PopulationEffect.Figure; // persisted by the next tick or at deactivation
        await SaveAsync(effect == PopulationEffect.Staffing);
    }

    /// <summary>The one periodic turn: patrol windows, the staffing clock, camera alarms and their orders; persisted once if anything moved.</summary>
    private async Task TickAsync() => await SaveAsync(PatrolRules.CloseRounds(S, Now, O.ClearedAlarmsKept) | StaffingRules.Run(S, Now, O)
        | CameraAlarms.Reconcile(S, _cameras, Now, O.ClearedAlarmsKept) | await _feed.Orders.RunAsync(S, _cameras, Now) | _populationUnwritten);

    /// <summary>A supervisor's change that may move staffing: apply, run the staffing clock, commit, answer the view.</summary>
    private Task<SecurityView> StaffAsync(Action change) => CommitAsync(() => { change(); StaffingRules.Run(S, Now, O); return View(); });

    /// <summary>A command: apply, persist, make sure the desk is watched, report; the answer is computed before persisting.</summary>
    private async Task<T> CommitAsync<T>(Func<T> change)
    {
        var result = change();
        await SaveAsync(changed: true);
        await WatchAsync();
        return result;
    }

    /// <summary>A turn of the desk's own clocks or reports: persist if anything moved, then report.</summary>
    private async Task SaveAsync(bool changed)
    {
        await (changed ? WriteAsync() : Task.CompletedTask);
        Changed();
    }

    /// <summary>Persist the desk; on failure reload so memory matches what is durable, and fail the caller.</summary>
    private async Task WriteAsync()
    {
        _populationUnwritten = false; // written now, or reloaded below
        try
        {
            await desk.WriteStateAsync();
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Security desk {EstateId} could not persist; reloading", EstateId);
            await desk.ReadStateAsync();
            _events = new EventWindow(S.RecentEvents, O.EventWindow, O.EventWindowSize);
            throw;
        }
    }

    /// <summary>Keeps a reminder while the desk has anything to watch, so a restart wakes it (clocks are durable).</summary>
    private async Task WatchAsync()
    {
        if (!_watching && (S.Routes.Count > 0 || S.Guards.Count > 0 || (S.Population?.Residents ?? 0) > 0))
        {
            await this.RegisterOrUpdateReminder(WatchReminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5));
            _watching = true;
        }
    }

    /// <summary>Recomputes the counts; a change reaches the estate (debounced), and from there district and city.</summary>
    private void Changed()
    {
        _feed.Changed(S, _cameras, Now);
        if (Counts() is var counts && counts != _section.Counts)
        {
            _section = new SecuritySection(Rollups.NextVersion(_section.Version, Now), counts);
            (_report ??= new(this, O.ReportDelay, () => _estate.Get(GrainFactory, Keys.Estate(EstateId)).ReportSecurityAsync(_section))).Touch();
        }
    }

    private SecurityCounts Counts() => DeskFigures.Counts(S, StaffingRules.Compute(S, Now, O.ResidentsPerGuard), _cameras, Now);

    private SecurityView View() => DeskFigures.View(EstateId, S, StaffingRules.Compute(S, Now, O.ResidentsPerGuard), Counts(), Now);

    private Task<EstateStructure> StructureAsync() => GrainFactory.GetGrain<IEstateGrain>(Keys.Estate(EstateId)).GetStructureAsync();
}
