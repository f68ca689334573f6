namespace Anju.Community;

/// <summary>A grid's day at a glance: the tasks due by today and not complete (overdue when due before today), the
/// mediations still open and how long the oldest has waited. Pure.</summary>
internal static class GridDay
{
    public static GridWorkToday Of(DateOnly today, IEnumerable<InfoTask> tasks, IEnumerable<Mediation> mediations, Func<DateTimeOffset, DateOnly> cityDay)
    {
        var due = tasks.Where(t => !t.Complete && t.DueOn <= today)
            .OrderBy(t => t.DueOn).ThenBy(t => t.TaskId, StringComparer.Ordinal)
            .Select(t => new TaskDue(t.TaskId, t.What, t.DueOn, t.DwellingIds.Count - t.Done.Count, t.DueOn < today))
            .ToList();
        var open = mediations.Where(m => m.IsOpen).ToList();
        var oldest = open.Count == 0 ? 0 : open.Max(m => today.DayNumber - cityDay(m.OpenedAt).DayNumber);
        return new GridWorkToday(today, due, open.Count, Math.Max(0, oldest));
    }
}
