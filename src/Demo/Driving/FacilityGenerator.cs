using System.Collections.Concurrent;
using Anju.Demo.Api;
using Anju.Demo.Facilities;
using Anju.Demo.Security;

namespace Anju.Demo.Driving;

/// <summary>
/// Facility faults and their work orders: reports faults in random estates, by people through the API and by lift
/// controllers, pump switches and fire panels through the device ingest (each device event sent twice now and then,
/// as a flaky controller would: the second is a duplicate), and walks the orders through accept → dispatch → on site →
/// repaired → verified → closed, now and then sending a repair back. Each step waits a while after the last, so the
/// queue screens show every state. One order in five is left alone: its clocks run out and it climbs the ladder. In the
/// featured estate the company's steps are taken as the demo company account and verification as the demo grid staff,
/// elsewhere as the driver's housing-office account. Choices follow the driver's seed.
/// </summary>
public sealed class FacilityGenerator(FacilityActors actors, DemoSecurity devices, string key, IReadOnlyList<string> estates, int seed) : IEventGenerator
{
    private const int Walking = 30;
    private static readonly TimeSpan StepAfter = TimeSpan.FromSeconds(20);

    private readonly ConcurrentDictionary<string, List<FacilityBody>> _registers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TrackedOrder> _walking = new(StringComparer.Ordinal);
    private long _next;

    public string Kind => "facility";

    public double Weight => 0.1;

    public PlannedEvent? Next(Random random)
    {
        if (_walking.Count >= Walking || (!_walking.IsEmpty && random.NextDouble() < 0.6))
        {
            var now = DateTimeOffset.UtcNow;
            var due = _walking.Values.Where(o => now - o.At >= StepAfter).ToList();
            for (var pick = 0; pick < 8 && due.Count > 0; pick++)
            {
                var order = due[random.Next(due.Count)];
                if (FaultMix.NextStep(order.Status, random) is { } step && order.TryClaim())
                {
                    return new PlannedEvent(Kind, PlannedEvent.AnyEstate, ct => StepAsync(order, step, random.Next(50, 3000) + (random.Next(100) / 100m), ct));
                }
            }

            if (_walking.Count >= Walking)
            {
                return null;
            }
        }

        var estate = estates[random.Next(estates.Count)];
        if (!_registers.TryGetValue(estate, out var register))
        {
            return new PlannedEvent(Kind, PlannedEvent.AnyEstate, ct => LoadAsync(estate, ct));
        }

        var type = FaultMix.Types.Pick(random);
        var candidates = register.Where(f => f.Type == type).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var facility = candidates[random.Next(candidates.Count)];
        var fault = FaultMix.Pick(type, random);
        var walk = random.NextDouble() >= 0.2;
        return fault.FromDevice && facility.DeviceId is { } device
            ? new PlannedEvent(Kind, estate, ct => FromDeviceAsync(estate, facility, device, fault, walk, random.NextDouble() < 0.3, ct))
            : new PlannedEvent(Kind, estate, ct => ReportAsync(estate, facility, fault, walk, ct));
    }

    private async Task<EventOutcome> LoadAsync(string estateId, CancellationToken ct)
    {
        var register = await actors.Data.GetRegisterAsync(estateId, ct);
        if (!register.IsSuccess)
        {
            return new EventOutcome(EventResult.Failed, $"register of {estateId}: {register}");
        }

        _registers[estateId] = [.. register.Value!.Select(e => e.Facility)];
        return EventOutcome.Ok;
    }

    private async Task<EventOutcome> ReportAsync(string estateId, FacilityBody facility, DemoFault fault, bool walk, CancellationToken ct)
    {
        var result = await actors.Data.ReportFaultAsync(estateId, new FaultReport(facility.FacilityId, fault.Code, $"{facility.Name}：{fault.Detail}"), ct);
        if (!result.IsSuccess)
        {
            return new EventOutcome(result.IsConflict ? EventResult.Conflict : EventResult.Failed, $"fault at {estateId}/{facility.FacilityId}: {result}");
        }

        Track(result.Value!.Summary, walk);
        return EventOutcome.Ok;
    }

    /// <summary>The controller's event, sometimes twice with the same id (the second is a duplicate); the order it opened
    /// is then found in the estate's list.</summary>
    private async Task<EventOutcome> FromDeviceAsync(string estateId, FacilityBody facility, string device, DemoFault fault, bool walk, bool twice, CancellationToken ct)
    {
        var at = DateTimeOffset.UtcNow;
        var e = new
        {
            id = $"demo-fault-{seed}-{at.ToUnixTimeMilliseconds()}-{Interlocked.Increment(ref _next)}", source = "demo-driver", timestamp = at, kind = "fault",
            payload = new { estateId, deviceId = device, code = fault.Code },
        };
        var answer = await devices.IngestAsync(key, twice ? [e, e] : [e], ct);
        if (answer is not { Rejected: 0 })
        {
            return new EventOutcome(EventResult.Failed, answer is null ? "ingest refused the fault" : $"fault of {device} at {estateId} rejected");
        }

        if (await actors.Data.GetEstateOrdersAsync(estateId, ct) is { IsSuccess: true } orders
            && orders.Value!.FirstOrDefault(o => o.FacilityId == facility.FacilityId && o.Code == fault.Code && o.IsOpen) is { } opened)
        {
            Track(opened, walk);
        }

        return EventOutcome.Ok;
    }

    private async Task<EventOutcome> StepAsync(TrackedOrder order, string step, decimal cost, CancellationToken ct)
    {
        try
        {
            var body = step switch
            {
                "dispatch" => new WorkOrderStepBody(order.Version, Assignee: $"维修班组{(order.OrderId.Length % 5) + 1}"),
                "repair" => new WorkOrderStepBody(order.Version, Note: "已更换损坏部件，试运行正常", Cost: cost, CostCategory: PublicCategory(order)),
                "close" => new WorkOrderStepBody(order.Version, Rating: 2 + (order.OrderId.Sum(c => c) % 4)),
                "send-back" => new WorkOrderStepBody(order.Version, Reason: "复查仍有故障"),
                _ => new WorkOrderStepBody(order.Version),
            };
            var api = actors.For(order, step);
            var result = await api.StepAsync(order.OrderId, step, body, ct);
            if (result.IsSuccess)
            {
                Follow(order, result.Value!.Summary);
                return EventOutcome.Ok;
            }

            if (result.IsConflict && await actors.Data.GetWorkOrderAsync(order.OrderId, ct) is { IsSuccess: true } fresh)
            {
                Follow(order, fresh.Value!.Summary); // escalated or stepped meanwhile: continue from where it is now
            }

            return new EventOutcome(result.IsConflict ? EventResult.Conflict : EventResult.Failed, $"order {order.OrderId} {step} as {api.Session.UserName}: {result}");
        }
        finally
        {
            order.Release();
        }
    }

    /// <summary>Half the repairs are of public parts paid from the estate's public-revenue account (a cost category); the
    /// others are the company's under its contract (no category).</summary>
    private static string? PublicCategory(TrackedOrder order) => (order.OrderId.Sum(c => c) % 4) switch
    {
        0 => "parts",
        1 => "labour",
        _ => null,
    };

    private void Track(WorkOrderSummaryView s, bool walk)
    {
        if (walk && s.IsOpen && _walking.Count < Walking)
        {
            _walking.TryAdd(s.OrderId, new TrackedOrder(s.OrderId, s.EstateId, s.GridId, s.Version, s.Status, DateTimeOffset.UtcNow));
        }
    }

    private void Follow(TrackedOrder order, WorkOrderSummaryView s)
    {
        order.Update(s.Version, s.Status, DateTimeOffset.UtcNow);
        if (!s.IsOpen)
        {
            _walking.TryRemove(order.OrderId, out _);
        }
    }
}
