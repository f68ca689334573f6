using Anju.Alarms;
using Anju.Common;
using Anju.Estates;
using Microsoft.Extensions.Logging;

namespace Anju.Security;

/// <summary>Reports the desk's alarm changes (raise, repeat, acknowledge, clear) to its district's alarm stream, in a
/// timer turn of the desk's own (a throttle), so no command waits for the stream or fails with it: a failed report is
/// logged and tried again. Every <see cref="AlarmOptions.ResendEvery"/> (and first after activation) it sends every
/// alarm it holds, which is how a restarted stream recovers. The estate's district and name are asked of the estate once,
/// in that turn, never while the desk activates (the estate may be activating and awaiting the desk).</summary>
internal sealed class DeskAlarmFeed(IGrainBase desk, IGrainFactory grains, string estateId, AlarmOptions options, ILogger log)
{
    private readonly Dictionary<string, long> _sent = new(StringComparer.Ordinal);
    private IReadOnlyList<StreamAlarm> _pending = [];
    private Throttle? _throttle;
    private EstateSummary? _estate;
    private DateTimeOffset _resentAt = DateTimeOffset.MinValue, _now;
    private bool _full;

    /// <summary>The work orders of cameras offline too long, run by the desk's tick.</summary>
    public CameraOrders Orders { get; } = new(grains, estateId, options.CameraOrderAfter, log);

    /// <summary>Looks at the desk's alarms after a change or a tick; schedules a report when any differ from what the
    /// stream was sent, or a full re-send is due.</summary>
    public void Changed(SecurityDeskState state, CameraReport cameras, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        (_now, _full) = (now, _full || now - _resentAt >= options.ResendEvery);
        if (state.Alarms.Count == 0 && _sent.Count == 0)
        {
            return;
        }

        // Open alarms and those the board still shows as cleared; district and name are filled in by the report turn.
        _pending = [.. state.Alarms.Where(a => a.IsOpen || now - (a.ClearedAt ?? now) <= options.ClearedFor).Select(a => DeskAlarms.ToStream(a, estateId, "", null, cameras, state.AlarmOrders.GetValueOrDefault(a.AlarmId)?.OrderId))];
        if (_full || _pending.Any(a => _sent.GetValueOrDefault(a.AlarmId) != a.Version))
        {
            (_throttle ??= new Throttle(desk, options.PublishDelay, ReportAsync)).Touch();
        }
    }

    private async Task ReportAsync()
    {
        try
        {
            _estate ??= await grains.GetGrain<IEstateGrain>(Keys.Estate(estateId)).GetSummaryAsync();
            var (full, now) = (_full, _now);
            var batch = _pending.Where(a => full || _sent.GetValueOrDefault(a.AlarmId) != a.Version)
                .Select(a => a with { District = _estate.District, EstateName = _estate.Name }).ToList();
            if (batch.Count > 0)
            {
                await grains.GetGrain<IAlarmStreamGrain>(Keys.AlarmStream(_estate.District)).ReportManyAsync(batch);
            }

            batch.ForEach(a => _sent[a.AlarmId] = a.Version);
            foreach (var gone in _sent.Keys.Except(_pending.Select(a => a.AlarmId)).ToList())
            {
                _sent.Remove(gone);
            }

            (_full, _resentAt) = full ? (false, now) : (_full, _resentAt);
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Security desk {EstateId} could not report its alarms to the alarm stream; the next tick tries again", estateId);
        }
    }
}
