using Anju.Live;

namespace Anju.Dashboard.Live;

/// <summary>
/// One scope's way out of a dashboard host: the newest update not yet sent, and whether a send is under way. An update
/// that arrives while one is being sent replaces any other still waiting (latest wins), so a scope whose screens are
/// slow holds one update at most, however fast the cluster pushes. Not thread-safe: the relay holds its lock.
/// </summary>
public sealed class ScopeSender(string scope)
{
    private LiveUpdate? _pending;
    private bool _sending;

    public string Scope => scope;

    /// <summary>Keeps <paramref name="update"/> to send unless a newer one is already waiting; true when no send is under
    /// way, and the caller must start one (<see cref="Take"/> until it returns null).</summary>
    public bool Offer(LiveUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (_pending is null || update.Version > _pending.Version)
        {
            _pending = update;
        }

        if (_sending)
        {
            return false;
        }

        _sending = true;
        return true;
    }

    /// <summary>The update to send next, or null once there is none: the send under way has ended.</summary>
    public LiveUpdate? Take()
    {
        var next = _pending;
        _pending = null;
        _sending = next is not null;
        return next;
    }
}
