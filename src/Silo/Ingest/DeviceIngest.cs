using Anju.Facilities;
using Anju.Security;

namespace Anju.Silo.Ingest;

/// <summary>Applies a batch: parse each event, group by estate and owner (heartbeats to the estate's camera register,
/// guard events to its security desk, facility faults and clears to its facility register), one grain call per group (each applies its share with at most one durable
/// write), then stitch the results back into the order sent. The events a grain took (accepted) or knew (duplicate) are
/// committed to the <see cref="DeviceEventLog"/> before the answer says so, so every acknowledged event is durable. A group
/// that fails rejects only its own events, with the reason; the batch never fails as a whole.</summary>
public sealed class DeviceIngest(IGrainFactory grains, DeviceEventLog events, ILogger<DeviceIngest> log)
{
    public const int MaxBatch = 5000;

    /// <summary>Applies a batch sent by <paramref name="integration"/> (its API key's id).</summary>
    public async Task<IngestResponse> ApplyAsync(string integration, IReadOnlyList<(IngestEventRequest? Request, string? Error)> batch)
    {
        var results = new IngestEventResult[batch.Count];
        var byOwner = new Dictionary<(string EstateId, Owner Owner), List<(int Index, DeviceEvent Event)>>();
        for (var i = 0; i < batch.Count; i++)
        {
            var (request, error) = batch[i];
            var parsed = error is null ? IngestEventParser.Parse(request, out error) : null;
            if (parsed is not null)
            {
                var (estateId, e) = parsed.Value;
                var owner = (estateId, OwnerOf(e.Kind));
                (byOwner.TryGetValue(owner, out var list) ? list : byOwner[owner] = []).Add((i, e));
            }
            else
            {
                results[i] = new IngestEventResult(i, request?.Id, "rejected", error);
            }
        }

        await Task.WhenAll(byOwner.Select(async owner =>
        {
            var group = owner.Value;
            try
            {
                var outcomes = await IngestAsync(owner.Key, [.. group.Select(e => e.Event)]);
                await events.AppendAsync(integration, group.Where((_, k) => outcomes[k].Outcome != IngestOutcome.Rejected).Select(e => (owner.Key.EstateId, e.Event)));
                for (var k = 0; k < group.Count; k++)
                {
                    results[group[k].Index] = new IngestEventResult(group[k].Index, outcomes[k].EventId, Name(outcomes[k].Outcome), outcomes[k].Reason);
                }
            }
            catch (Exception ex)
            {
                log.LogWarning(ex, "Ingest for estate {EstateId} failed; its {Count} events are rejected", owner.Key.EstateId, group.Count);
                foreach (var (index, e) in group)
                {
                    results[index] = new IngestEventResult(index, e.EventId, "rejected", $"not stored, retry: {ex.Message}");
                }
            }
        }));

        var response = new IngestResponse(
            results.Count(r => r.Outcome == "accepted"), results.Count(r => r.Outcome == "duplicate"), results.Count(r => r.Outcome == "rejected"), results);
        IngestMetrics.Count("device", "accepted", response.Accepted);
        IngestMetrics.Count("device", "duplicate", response.Duplicate);
        IngestMetrics.Count("device", "rejected", response.Rejected);
        return response;
    }

    private Task<IReadOnlyList<IngestResult>> IngestAsync((string EstateId, Owner Owner) owner, IReadOnlyList<DeviceEvent> events) => owner.Owner switch
    {
        Owner.Cameras => grains.GetGrain<IEstateCamerasGrain>(Keys.EstateCameras(owner.EstateId)).IngestAsync(events),
        Owner.Facilities => grains.GetGrain<IEstateFacilitiesGrain>(Keys.EstateFacilities(owner.EstateId)).IngestAsync(events),
        _ => grains.GetGrain<IEstateSecurityGrain>(Keys.EstateSecurity(owner.EstateId)).IngestAsync(events),
    };

    private static Owner OwnerOf(DeviceEventKind kind) => kind switch
    {
        DeviceEventKind.Heartbeat => Owner.Cameras,
        DeviceEventKind.Fault or DeviceEventKind.FaultCleared => Owner.Facilities,
        _ => Owner.Desk,
    };

    /// <summary>The grain of an estate that owns a kind of event.</summary>
    private enum Owner
    {
        Cameras,
        Desk,
        Facilities,
    }

    private static string Name(IngestOutcome outcome) => outcome switch
    {
        IngestOutcome.Accepted => "accepted",
        IngestOutcome.Duplicate => "duplicate",
        _ => "rejected",
    };
}
