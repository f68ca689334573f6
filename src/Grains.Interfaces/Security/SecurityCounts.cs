namespace Anju.Estates;

/// <summary>An estate's (or rollup's) guards, patrols, cameras and alarms. Filled by the security capability
/// through <see cref="Security.IEstateSecurityGrain"/>; every figure adds up across estates.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Estates.SecurityCounts")]
public sealed record SecurityCounts(
    [property: Id(0)] int GuardsOnDuty, [property: Id(1)] int GuardsRequired,
    [property: Id(2)] int CamerasOnline, [property: Id(3)] int CamerasTotal)
{
    public static SecurityCounts Zero { get; } = new(0, 0, 0, 0);

    /// <summary>Open alarms (acknowledged or not).</summary>
    [Id(4)] public int ActiveAlarms { get; init; }

    /// <summary>Open alarms nobody has acknowledged yet.</summary>
    [Id(5)] public int UnacknowledgedAlarms { get; init; }

    /// <summary>Estates whose under-staffing alarm is open (1 or 0 for one estate).</summary>
    [Id(6)] public int UnderStaffedEstates { get; init; }

    /// <summary>Checkpoints missed today (Beijing date).</summary>
    [Id(7)] public int MissedCheckpointsToday { get; init; }

    /// <summary>Minutes spent on patrol rounds today.</summary>
    [Id(8)] public int PatrolMinutesToday { get; init; }

    /// <summary>Patrol rounds completed today.</summary>
    [Id(9)] public int RoundsCompletedToday { get; init; }

    /// <summary>Patrol rounds scheduled so far today.</summary>
    [Id(10)] public int RoundsScheduledToday { get; init; }

    /// <summary>Shifts in the next 24 hours without a guard.</summary>
    [Id(11)] public int VacantShifts { get; init; }

    /// <summary>Shifts in the next 24 hours whose guard has not confirmed.</summary>
    [Id(12)] public int UnconfirmedShifts { get; init; }

    /// <summary>Shifts under way whose planned guard is not clocked in (planned vs actual).</summary>
    [Id(13)] public int AbsentFromShift { get; init; }

    /// <summary>Adds the counts of several estates (districts, the city).</summary>
    public static SecurityCounts Sum(IEnumerable<SecurityCounts> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var sum = Zero;
        foreach (var p in parts)
        {
            sum = new SecurityCounts(
                sum.GuardsOnDuty + p.GuardsOnDuty, sum.GuardsRequired + p.GuardsRequired,
                sum.CamerasOnline + p.CamerasOnline, sum.CamerasTotal + p.CamerasTotal)
            {
                ActiveAlarms = sum.ActiveAlarms + p.ActiveAlarms,
                UnacknowledgedAlarms = sum.UnacknowledgedAlarms + p.UnacknowledgedAlarms,
                UnderStaffedEstates = sum.UnderStaffedEstates + p.UnderStaffedEstates,
                MissedCheckpointsToday = sum.MissedCheckpointsToday + p.MissedCheckpointsToday,
                PatrolMinutesToday = sum.PatrolMinutesToday + p.PatrolMinutesToday,
                RoundsCompletedToday = sum.RoundsCompletedToday + p.RoundsCompletedToday,
                RoundsScheduledToday = sum.RoundsScheduledToday + p.RoundsScheduledToday,
                VacantShifts = sum.VacantShifts + p.VacantShifts,
                UnconfirmedShifts = sum.UnconfirmedShifts + p.UnconfirmedShifts,
                AbsentFromShift = sum.AbsentFromShift + p.AbsentFromShift,
            };
        }

        return sum;
    }
}

/// <summary>An estate's security counts with the version they were derived at; the estate keeps the newest.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.SecuritySection")]
public sealed record SecuritySection([property: Id(0)] long Version, [property: Id(1)] SecurityCounts Counts)
{
    public static SecuritySection Empty { get; } = new(0, SecurityCounts.Zero);
}

/// <summary>The estate's actual resident population (drives guard staffing, §5.2), in total and per
/// service zone, versioned so the receiver keeps the newest.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.PopulationReport")]
public sealed record PopulationReport(
    [property: Id(0)] long Version,
    [property: Id(1)] int Residents,
    [property: Id(2)] IReadOnlyDictionary<string, int> ResidentsByZone);
