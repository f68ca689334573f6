using Anju.Estates;

namespace Anju.Security;

/// <summary>Persisted state of an estate's security desk (state name "security-desk"). The camera register is
/// the camera grain's (<see cref="EstateCamerasState"/>); the desk holds its offline alarms.</summary>
[GenerateSerializer, Alias("Anju.Security.SecurityDeskState")]
internal sealed class SecurityDeskState
{
    [Id(0)] public PopulationReport? Population { get; set; }
    [Id(1)] public Dictionary<string, Guard> Guards { get; set; } = new(StringComparer.Ordinal);
    [Id(2)] public Dictionary<string, GuardDuty> OnDuty { get; set; } = new(StringComparer.Ordinal);
    [Id(3)] public Dictionary<string, Shift> Shifts { get; set; } = new(StringComparer.Ordinal);
    [Id(4)] public StaffingPolicy Policy { get; set; } = StaffingPolicy.Default;
    [Id(5)] public DateTimeOffset? UnderStaffedSince { get; set; }
    [Id(6)] public Dictionary<string, PatrolRoute> Routes { get; set; } = new(StringComparer.Ordinal);
    [Id(7)] public Dictionary<string, PatrolRound> Rounds { get; set; } = new(StringComparer.Ordinal);
    [Id(8)] public PatrolDay Today { get; set; } = PatrolDay.Start(default);
    [Id(9)] public List<Alarm> Alarms { get; set; } = [];
    [Id(10)] public int NextAlarm { get; set; } = 1;
    [Id(11)] public List<RecentEvent> RecentEvents { get; set; } = [];

    /// <summary>Work orders opened by camera alarms (<see cref="CameraOrders"/>), by the desk's alarm id.</summary>
    [Id(12)] public Dictionary<string, AlarmOrder> AlarmOrders { get; set; } = new(StringComparer.Ordinal);
}
