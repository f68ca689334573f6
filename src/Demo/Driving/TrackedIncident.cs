namespace Anju.Demo.Driving;

/// <summary>A case the driver filed and is walking through its lifecycle; claimed while a step is in flight.</summary>
public sealed class TrackedIncident(string incidentId, long version, string status)
{
    private int _claimed;

    public string IncidentId { get; } = incidentId;

    public long Version { get; private set; } = version;

    public string Status { get; private set; } = status;

    public bool TryClaim() => Interlocked.CompareExchange(ref _claimed, 1, 0) == 0;

    public void Release() => Volatile.Write(ref _claimed, 0);

    public void Update(long version, string status) => (Version, Status) = (version, status);
}
