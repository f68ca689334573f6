namespace Anju.Dashboard.Live;

/// <summary>
/// Which connections watch which scopes on this host: the reference count behind the relay's
/// feed subscriptions. Plain bookkeeping, not thread-safe: <see cref="LiveRelay"/> locks around it.
/// </summary>
public sealed class ScopeWatchers
{
    private readonly Dictionary<string, HashSet<string>> _byScope = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byConnection = new(StringComparer.Ordinal);

    /// <summary>The scopes someone on this host watches.</summary>
    public IReadOnlyCollection<string> Scopes => _byScope.Keys;

    public bool IsWatched(string scope) => _byScope.ContainsKey(scope);

    /// <summary>The connections watching <paramref name="scope"/> now.</summary>
    public IReadOnlyList<string> WatchersOf(string scope) => _byScope.TryGetValue(scope, out var watchers) ? [.. watchers] : [];

    /// <summary>True when this made <paramref name="scope"/> watched (its first watcher).
    /// Watching a scope twice from one connection counts once.</summary>
    public bool Add(string connectionId, string scope)
    {
        GetOrAdd(_byConnection, connectionId).Add(scope);
        var watchers = GetOrAdd(_byScope, scope);
        return watchers.Add(connectionId) && watchers.Count == 1;
    }

    /// <summary>True when this left <paramref name="scope"/> unwatched (its last watcher left).</summary>
    public bool Remove(string connectionId, string scope)
    {
        if (_byConnection.TryGetValue(connectionId, out var scopes) && scopes.Remove(scope) && scopes.Count == 0)
        {
            _byConnection.Remove(connectionId);
        }

        return Release(connectionId, scope);
    }

    /// <summary>Drops a closed connection; returns the scopes nobody watches any more.</summary>
    public IReadOnlyList<string> RemoveConnection(string connectionId) =>
        _byConnection.Remove(connectionId, out var scopes)
            ? [.. scopes.Where(scope => Release(connectionId, scope))]
            : [];

    /// <summary>Forgets everything; returns the scopes that were watched.</summary>
    public IReadOnlyList<string> Clear()
    {
        List<string> scopes = [.. _byScope.Keys];
        _byScope.Clear();
        _byConnection.Clear();
        return scopes;
    }

    private bool Release(string connectionId, string scope)
    {
        if (!_byScope.TryGetValue(scope, out var watchers) || !watchers.Remove(connectionId) || watchers.Count > 0)
        {
            return false;
        }

        _byScope.Remove(scope);
        return true;
    }

    private static HashSet<string> GetOrAdd(Dictionary<string, HashSet<string>> map, string key)
    {
        if (!map.TryGetValue(key, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            map[key] = set;
        }

        return set;
    }
}
