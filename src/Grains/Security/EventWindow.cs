namespace Anju.Security;

/// <summary>Recently seen event ids, bounded by age and count, oldest first. The list is durable state;
/// the set is its in-memory index.</summary>
internal sealed class EventWindow(List<RecentEvent> events, TimeSpan age, int size)
{
    private readonly HashSet<string> _ids = [.. events.Select(e => e.EventId)];

    public bool Contains(string eventId) => _ids.Contains(eventId);

    /// <summary>Remembers an id and forgets what fell out of the window.</summary>
    public void Add(string eventId, DateTimeOffset now)
    {
        if (_ids.Add(eventId))
        {
            events.Add(new RecentEvent(eventId, now));
        }

        var drop = 0;
        while (drop < events.Count && (events.Count - drop > size || now - events[drop].At > age))
        {
            _ids.Remove(events[drop].EventId);
            drop++;
        }

        events.RemoveRange(0, drop);
    }
}
