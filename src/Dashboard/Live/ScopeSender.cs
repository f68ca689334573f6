using System.Diagnostics;
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
    private ActivityContext _origin;
    private bool _sending;

    public string Scope => scope;

    /// <summary>Keeps <paramref name="update"/> to send unless a newer one is already waiting; true when no send is under
    /// way, and the caller must start one (<see cref="Take()"/> until it returns null). <paramref name="origin"/> is the trace
    /// the update arrived in, kept with it.</summary>
    public bool Offer(LiveUpdate update, ActivityContext origin = default)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (_pending is null || update.Version > _pending.Version)
        {
            _pending = update;
            _origin = origin;
        }

        if (_sending)
        {
            return false;
        }

        _sending = true;
        return true;
    }

    /// <summary>The update to send next, or null once there is none: the send under way has ended.</summary>
    public LiveUpdate? Take() => Take(out _);

    /// <summary><see cref="Take()"/>, with the trace the update arrived in.</summary>
    public LiveUpdate? Take(out ActivityContext origin)
    {
        var next = _pending;
        origin = _origin;
        _pending = null;
        _origin = default;
        _sending = next is not null;
        return next;
    }
}
