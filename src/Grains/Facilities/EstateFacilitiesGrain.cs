using Anju.Alarms;
using Anju.Common;
using Anju.Estates;
using Anju.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Anju.Facilities;

/// <summary>An estate's facility register and the owner of which orders are open there (<see cref="IEstateFacilitiesGrain"/>):
/// load, apply a rule (FacilityRegister, FaultIntake, OrderBook, FacilityStatuses, FacilityAlarms, MaintenanceSchedules),
/// persist, report. Orders are opened through <see cref="FacilityOrders"/>; the counts reach the estate and the
/// overview the live scope through <see cref="FacilityReports"/>; device-fault alarms go to the district's alarm stream without waiting.
/// A reminder (kept while the register has facilities) runs the preventive schedules across restarts.</summary>
internal sealed class EstateFacilitiesGrain(
    [PersistentState("estate-facilities", StorageNames.Main)] IPersistentState<EstateFacilitiesState> state,
    TimeProvider clock,
    IOptions<FacilityOptions> options,
    ILogger<EstateFacilitiesGrain> log) : Grain, IEstateFacilitiesGrain, IRemindable
{
    private const string ScheduleReminder = "facilities";
    private readonly GrainHandle<IEstateGrain> _estate = new();
    private FacilityReports _reports = null!;
    private EventWindow _events = null!;
    private FacilityOrders _orders = null!;
    private bool _watching;
    private SerialWrites<EstateFacilitiesState> _writes = null!;
    private AlarmReports _alarms = null!;

    private EstateFacilitiesState S => state.State;
    private FacilityOptions O => options.Value;
    private DateTimeOffset Now => clock.GetUtcNow();
    private string EstateId => Keys.EstateIdOfFacilities(this.GetPrimaryKeyString());
    private IEstateGrain Estate => _estate.Get(GrainFactory, Keys.Estate(EstateId));

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _events = new EventWindow(S.RecentEvents, O.EventWindow, O.EventWindowSize);
        _orders = new FacilityOrders(GrainFactory, EstateId, S, O);
        (_writes, _alarms) = (new(state), new(GrainFactory, log, EstateId));
        _reports = new FacilityReports(this, GrainFactory, EstateId, S, clock, O.ReportDelay);
        this.RegisterGrainTimer(TickAsync, O.TickInterval, O.TickInterval);
        return Task.CompletedTask;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => TickAsync();

    public Task<FacilitySection> GetSectionAsync() => Task.FromResult(_reports.Section);

    public async Task<int> RegisterAsync(IReadOnlyList<Facility> facilities)
    {
        var valid = FacilityRegister.Valid(facilities, await Estate.GetStructureAsync());
        var changed = FacilityRegister.Apply(S, valid, Every, Now);
        if (changed > 0)
        {
            await CommitAsync();
        }

        return changed;
    }

    public async Task RemoveAsync(string facilityId, string actor)
    {
        Validate.Text("actor", actor, 100);
        FacilityRegister.Remove(S, facilityId);
        await CommitAsync();
    }

    public async Task<FacilityView> SetStatusAsync(string facilityId, FacilityStatus status, string actor, string reason)
    {
        Validate.Text("actor", actor, 100);
        FacilityStatuses.SetByHand(S, facilityId, status, Validate.Text("reason", reason, 500), Now);
        await CommitAsync();
        return FacilityTally.View(S, Entry(facilityId), Now);
    }

    public async Task<WorkOrderSnapshot> ReportFaultAsync(ReportFault fault)
    {
        var valid = FaultIntake.Valid(fault);
        if (valid.RegisterIfMissing is { } missing && !S.Register.ContainsKey(valid.FacilityId))
        {
            await RegisterAsync([missing with { FacilityId = valid.FacilityId }]);
        }

        var entry = Entry(valid.FacilityId);
        if (valid.SourceEventId is { } eventId && _events.Contains(eventId) && OrderBook.OpenFault(S.Orders.Values, entry.Facility.FacilityId, valid.Code) is { } seen)
        {
            return await GrainFactory.GetGrain<IWorkOrderGrain>(Keys.WorkOrder(seen.OrderId)).GetAsync(); // a repeated report changes nothing
        }

        var snapshot = await _orders.ReportAsync(entry, FaultCatalogue.Of(entry.Facility.Type, valid.Code), valid, Now);
        if (valid.SourceEventId is { } id)
        {
            _events.Add(id, Now);
        }

        await CommitAsync();
        return snapshot;
    }

    public async Task<IReadOnlyList<IngestResult>> IngestAsync(IReadOnlyList<DeviceEvent> events)
    {
        var (results, alarms) = await _orders.IngestAsync(events, _events, Now);
        if (results.Any(r => r.Outcome == IngestOutcome.Accepted))
        {
            await CommitAsync(); // acknowledged once durable: a failure fails the whole batch
            _alarms.Send(S.District, alarms);
        }

        return results;
    }

    public async Task ReportOrderAsync(WorkOrderSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.EstateId == EstateId && OrderBook.Take(S.Orders, summary, Now - O.KeepClosedFor))
        {
            await CommitAsync();
        }
    }

    public async Task<IReadOnlyList<MaintenanceSchedule>> SetScheduleAsync(MaintenanceSchedule schedule)
    {
        var valid = MaintenanceSchedules.Valid(schedule);
        S.Schedules[valid.Type] = valid;
        MaintenanceSchedules.Reschedule(S, valid.Type, Every(valid.Type), Now);
        await CommitAsync();
        return MaintenanceSchedules.InForce(S.Schedules, O);
    }

    public Task<IReadOnlyList<MaintenanceSchedule>> GetSchedulesAsync() => Task.FromResult(MaintenanceSchedules.InForce(S.Schedules, O));

    public async Task<StreamAlarm> AcknowledgeAlarmAsync(string alarmId, string actor)
    {
        var (alarm, changed) = FacilityAlarms.Acknowledge(S.Alarms, alarmId, actor, Now);
        if (changed)
        {
            await CommitAsync();
            _alarms.Send(S.District, [alarm]);
        }

        return alarm;
    }

    public async Task AlarmClearedAsync(string alarmId, string actor)
    {
        if (S.AlarmOrders.TryGetValue(alarmId, out var orderId))
        {
            await GrainFactory.GetGrain<IWorkOrderGrain>(Keys.WorkOrder(orderId)).NoteAsync(actor, $"Alarm {alarmId} cleared; the order stays open until its repair is verified.");
        }
    }

    public Task<IReadOnlyList<StreamAlarm>> GetAlarmsAsync(bool includeCleared) => Task.FromResult(FacilityAlarms.List(S.Alarms, includeCleared));

    public Task<IReadOnlyList<FacilityView>> ListAsync() => Task.FromResult(FacilityTally.Views(S, Now));

    public Task<FacilityView> GetAsync(string facilityId) => Task.FromResult(FacilityTally.View(S, Entry(facilityId), Now));

    public Task<FacilityOverview> GetOverviewAsync() => Task.FromResult(_reports.Overview());

    public Task<IReadOnlyList<WorkOrderSummary>> ListOrdersAsync(bool includeClosed) => Task.FromResult(FacilityTally.List(S, includeClosed));

    /// <summary>The periodic turn (timer while active, reminder across restarts): due preventive orders, the overdue
    /// recount (preventive orders fall past due), and the open alarms re-sent to the stream (which may have missed them).</summary>
    private async Task TickAsync()
    {
        if (S.Register.Count == 0)
        {
            return; // most estates activate this grain only to read its (empty) section
        }

        var opened = await _orders.PreventiveAsync(Every, Now);
        if (opened > 0 || FacilityTally.Counts(S, Now) != _reports.Section.Counts)
        {
            await CommitAsync(opened > 0);
        }

        _alarms.Send(S.District, [.. S.Alarms.Where(a => a.IsOpen)]);
    }

    /// <summary>Persists (when asked), recomputes statuses and counts, reports, and keeps the reminder while needed.</summary>
    private async Task CommitAsync(bool write = true)
    {
        if (FacilityStatuses.Recompute(S, Now) | write)
        {
            await _writes.WriteAsync();
        }

        _reports.Touch();
        if (!_watching && S.Register.Count > 0)
        {
            await this.RegisterOrUpdateReminder(ScheduleReminder, O.ScheduleReminderPeriod, O.ScheduleReminderPeriod);
            _watching = true;
        }
    }

    private FacilityEntry Entry(string facilityId) => FacilityRegister.Entry(S, facilityId);

    private TimeSpan? Every(FacilityType type) => MaintenanceSchedules.Every(type, S.Schedules, O);
}
