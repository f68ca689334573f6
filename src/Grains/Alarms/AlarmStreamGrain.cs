using Anju.Common;
using Anju.Districts;
using Anju.Live;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Anju.Alarms;

/// <summary>The command centre's alarm stream of a district (<c>alarms/TH</c>) or the city (<c>alarms/GZ</c>, fed by the
/// districts'). Memory only, apart from the acknowledgements of incident escalations (state "alarm-stream"): owners
/// re-send what they hold on their ticks (<see cref="AlarmOptions.ResendEvery"/>), and so does each district to the
/// city, so a restarted stream is whole again within that. Kept alive, so its memory is not lost to idleness.</summary>
internal sealed class AlarmStreamGrain(
    [PersistentState("alarm-stream", StorageNames.Main)] IPersistentState<AlarmStreamState> state,
    TimeProvider clock,
    IOptions<AlarmOptions> options,
    ILogger<AlarmStreamGrain> log) : Grain, IAlarmStreamGrain
{
    private readonly Dictionary<string, StreamAlarm> _toCity = new(StringComparer.Ordinal);
    private AlarmLedger _ledger = null!;
    private Throttle _publish = null!;
    private long _version, _marks;
    private DateTimeOffset _resent;
    private bool _acksForgotten;

    private AlarmOptions O => options.Value;
    private DateTimeOffset Now => clock.GetUtcNow();
    private bool IsCity => this.GetPrimaryKeyString() == Keys.CityAlarmStream;
    private string? District => IsCity ? null : Keys.DistrictOfAlarmStream(this.GetPrimaryKeyString());

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        (_ledger, _version, _resent) = (new AlarmLedger(O), Rollups.NextVersion(0, Now), Now);
        _publish = new Throttle(this, O.PublishDelay, PublishAsync);
        this.RegisterGrainTimer(TickAsync, new GrainTimerCreationOptions(O.TickInterval, O.TickInterval) { KeepAlive = true });
        _publish.Touch(); // an empty board replaces whatever a screen held from before a restart
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (IsCity)
        {
            CityMeter.Alarms(null);
        }

        return Task.CompletedTask;
    }

    public Task ReportAsync(StreamAlarm alarm) => ReportManyAsync([alarm]);

    public Task ReportManyAsync(IReadOnlyList<StreamAlarm> alarms)
    {
        ArgumentNullException.ThrowIfNull(alarms);
        var changed = false;
        foreach (var reported in alarms)
        {
            var alarm = IsCity ? reported : EscalationAcks.Overlay(reported, EscalationAcks.Of(state.State.Acks.GetValueOrDefault(reported.AlarmId), _ledger.Find(reported.AlarmId)));
            if (_ledger.Apply(alarm))
            {
                changed = true;
                if (!IsCity)
                {
                    _toCity[alarm.AlarmId] = alarm;
                }
            }
        }

        _acksForgotten |= changed && EscalationAcks.Forget(state.State.Acks, _ledger.Find);
        if (changed)
        {
            _publish.Touch();
        }

        return Task.CompletedTask;
    }

    public async Task<StreamAlarm> AcknowledgeAsync(string alarmId, string actor)
    {
        var who = Validate.Text("actor", actor, 100);
        var (source, estateId, localId) = StreamAlarm.Parse(alarmId ?? "") ?? throw new ValidationException("alarmId", $"'{alarmId}' is not an alarm id.");
        if (IsCity)
        {
            var district = _ledger.Find(alarmId!)?.District ?? throw new NotFoundException("alarm", alarmId!);
            return await GrainFactory.GetGrain<IAlarmStreamGrain>(Keys.AlarmStream(district)).AcknowledgeAsync(alarmId!, who);
        }

        var acknowledged = await AlarmAcknowledgement.RouteAsync(GrainFactory, _ledger.Find(alarmId!), source, estateId, localId, District!, who, AcknowledgeEscalationAsync);
        await ReportManyAsync([acknowledged]);
        return _ledger.Find(alarmId!) ?? acknowledged;
    }

    public Task<AlarmBoard> GetBoardAsync() => Task.FromResult(_ledger.Board(District, _version, Now));

    /// <summary>An escalation has no owner book: the stream records who acknowledged it, durably.</summary>
    private async Task<StreamAlarm> AcknowledgeEscalationAsync(StreamAlarm held, string actor)
    {
        if (held.AcknowledgedBy is null)
        {
            state.State.Acks[held.AlarmId] = new EscalationAck(actor, Now, held.RaisedAt);
            await WriteAsync();
        }

        return EscalationAcks.Overlay(held, state.State.Acks.GetValueOrDefault(held.AlarmId));
    }

    /// <summary>The clock's turn: rising severities and reminders republish the board; cleared alarms past keeping go;
    /// a district re-sends everything to the city now and then (healing a city stream that restarted).</summary>
    private async Task TickAsync()
    {
        var now = Now;
        if (_ledger.Trim(now) | _ledger.ClockMarks(now) != _marks)
        {
            _publish.Touch();
        }

        if (!IsCity && now - _resent >= O.ResendEvery)
        {
            _resent = now;
            foreach (var alarm in _ledger.All)
            {
                _toCity[alarm.AlarmId] = alarm;
            }

            _publish.Touch();
        }

        if (_acksForgotten)
        {
            await WriteAsync();
        }
    }

    /// <summary>The board to the live feed; the district's changes to the city's stream (a failure keeps them for the next try).</summary>
    private async Task PublishAsync()
    {
        var now = Now;
        (_version, _marks) = (Rollups.NextVersion(_version, now), _ledger.ClockMarks(now));
        var board = _ledger.Board(District, _version, now);
        if (IsCity)
        {
            CityMeter.Alarms(board.Open);
        }

        GrainFactory.GetGrain<ILiveFeedGrain>(IsCity ? Scopes.CityAlarms : Scopes.Alarms(District!)).PublishAsync(LiveUpdate.Alarms(board)).Ignore();
        if (_toCity.Count == 0)
        {
            return;
        }

        var batch = _toCity.Values.ToList();
        _toCity.Clear();
        try
        {
            await GrainFactory.GetGrain<IAlarmStreamGrain>(Keys.CityAlarmStream).ReportManyAsync(batch);
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Alarm stream {District} could not feed the city's; {Count} alarms wait for the next try", District, batch.Count);
            batch.Where(a => !_toCity.ContainsKey(a.AlarmId)).ToList().ForEach(a => _toCity[a.AlarmId] = a);
            _publish.Touch();
        }
    }

    private async Task WriteAsync()
    {
        try
        {
            await state.WriteStateAsync();
            _acksForgotten = false;
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }
    }
}
