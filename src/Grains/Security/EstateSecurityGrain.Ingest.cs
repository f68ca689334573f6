namespace Anju.Security;

/// <summary>Device events for this estate, a batch at a time (group commit: one write for the batch).</summary>
public sealed partial class EstateSecurityGrain
{
    public async Task<IReadOnlyList<IngestResult>> IngestAsync(IReadOnlyList<DeviceEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var now = Now;
        var durable = false;
        var results = new List<IngestResult>(events.Count);
        var heartbeats = new List<string>();
        foreach (var e in events)
        {
            if (e.Kind == DeviceEventKind.Heartbeat ? SeenHeartbeat(e.EventId) || heartbeats.Contains(e.EventId) : _events.Contains(e.EventId))
            {
                results.Add(new IngestResult(e.EventId, IngestOutcome.Duplicate));
                continue;
            }

            var reason = Apply(e, now, ref durable);
            if (reason is not null)
            {
                results.Add(new IngestResult(e.EventId, IngestOutcome.Rejected, reason));
                continue;
            }

            if (e.Kind == DeviceEventKind.Heartbeat)
            {
                heartbeats.Add(e.EventId);
            }
            else
            {
                _events.Add(e.EventId, now);
                durable = true;
            }

            results.Add(new IngestResult(e.EventId, IngestOutcome.Accepted));
        }

        if (durable)
        {
            EvaluateStaffing(now);
            await WriteAsync(); // acknowledged only once durable; a failure fails the whole estate's batch
        }

        heartbeats.ForEach(RememberHeartbeat);
        Changed();
        return results;
    }

    private string? Apply(DeviceEvent e, DateTimeOffset now, ref bool durable)
    {
        switch (e.Kind)
        {
            case DeviceEventKind.Heartbeat:
                return Heartbeat(e, now, ref durable);
            case DeviceEventKind.CheckIn:
                return CheckIn(e, now);
            case DeviceEventKind.ClockIn or DeviceEventKind.ClockOut:
                if (!S.Guards.ContainsKey(e.Subject))
                {
                    return $"unknown guard '{e.Subject}' in estate '{EstateId}'";
                }

                Clock(e.Subject, e.Kind == DeviceEventKind.ClockIn, e.Timestamp > now ? now : e.Timestamp, ClockSource.Device);
                return null;
            default:
                return $"unknown kind '{e.Kind}'";
        }
    }
}
