namespace Anju.Demo.Driving;

/// <summary>A work order the driver is walking through its steps; claimed while a step is in flight.</summary>
public sealed class TrackedOrder(string orderId, string estateId, string? gridId, long version, string status, DateTimeOffset at)
{
    private int _claimed;

    public string OrderId { get; } = orderId;

    public string EstateId { get; } = estateId;

    public string? GridId { get; } = gridId;

    public long Version { get; private set; } = version;

    public string Status { get; private set; } = status;

    /// <summary>When the driver last saw it move.</summary>
    public DateTimeOffset At { get; private set; } = at;

    public bool TryClaim() => Interlocked.CompareExchange(ref _claimed, 1, 0) == 0;

    public void Release() => Volatile.Write(ref _claimed, 0);

    public void Update(long version, string status, DateTimeOffset at) => (Version, Status, At) = (version, status, at);
}
