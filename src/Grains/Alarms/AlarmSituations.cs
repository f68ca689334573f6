namespace Anju.Alarms;

/// <summary>Groups open alarms into situations (one picture for the operator): alarms of one estate in one building,
/// or without a building in one grid, each raised within the window of the one before. A lone alarm is no situation;
/// an alarm that knows neither building nor grid joins none.</summary>
internal static class AlarmSituations
{
    public static IReadOnlyList<AlarmSituation> Group(IEnumerable<BoardAlarm> open, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(open);
        var situations = new List<AlarmSituation>();
        var placed = open.Where(a => a.Alarm.BuildingId is not null || a.Alarm.GridId is not null)
            .GroupBy(a => (a.Alarm.EstateId, a.Alarm.BuildingId, Grid: a.Alarm.BuildingId is null ? a.Alarm.GridId : null));
        foreach (var place in placed)
        {
            var run = new List<BoardAlarm>();
            foreach (var alarm in place.OrderBy(a => a.Alarm.RaisedAt).ThenBy(a => a.Alarm.AlarmId, StringComparer.Ordinal))
            {
                if (run.Count > 0 && alarm.Alarm.RaisedAt - run[^1].Alarm.RaisedAt > window)
                {
                    Close(run, situations);
                }

                run.Add(alarm);
            }

            Close(run, situations);
        }

        return [.. situations.OrderByDescending(s => s.Severity).ThenByDescending(s => s.Since).ThenBy(s => s.SituationId, StringComparer.Ordinal)];
    }

    /// <summary>The board's alarms with the situation each belongs to.</summary>
    public static IReadOnlyList<BoardAlarm> Mark(IReadOnlyList<BoardAlarm> alarms, IReadOnlyList<AlarmSituation> situations)
    {
        var of = situations.SelectMany(s => s.AlarmIds.Select(id => (id, s.SituationId))).ToDictionary(p => p.id, p => p.SituationId, StringComparer.Ordinal);
        return [.. alarms.Select(a => of.TryGetValue(a.Alarm.AlarmId, out var id) ? a with { SituationId = id } : a)];
    }

    private static void Close(List<BoardAlarm> run, List<AlarmSituation> situations)
    {
        if (run.Count > 1)
        {
            var first = run[0].Alarm;
            var where = first.BuildingId is { } b ? $"building/{b}" : $"grid/{first.GridId}";
            situations.Add(new AlarmSituation($"{first.EstateId}/{where}/{first.RaisedAt.ToUnixTimeMilliseconds()}", first.EstateId,
                first.BuildingId, first.BuildingId is null ? first.GridId : null, [.. run.Select(a => a.Alarm.AlarmId)],
                run.Max(a => a.Severity), first.RaisedAt));
        }

        run.Clear();
    }
}
