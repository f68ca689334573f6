using Anju.Demo.Api;

namespace Anju.Demo.Driving;

/// <summary>
/// The driver's view of one dwelling. At most one event per dwelling is in flight (claimed on the
/// pacing loop, released when its answer is in), so the driver never races itself into a 409.
/// </summary>
public sealed class TrackedDwelling(string estateId, string dwellingId, OccupancyState state, long version)
{
    private int _busy;

    public string EstateId { get; } = estateId;

    public string DwellingId { get; } = dwellingId;

    public OccupancyState State { get; private set; } = state;

    public long Version { get; private set; } = version;

    public bool TryClaim() => Interlocked.CompareExchange(ref _busy, 1, 0) == 0;

    public void Release() => Volatile.Write(ref _busy, 0);

    /// <summary>Takes a newer state from an answer (older versions are ignored); returns how many versions the
    /// dwelling moved on since the last answer, i.e. how many commands have landed in between.</summary>
    public long Update(OccupancyState state, long version)
    {
        if (version < Version)
        {
            return 0;
        }

        var moved = version - Version;
        State = state;
        Version = version;
        return moved;
    }
}
