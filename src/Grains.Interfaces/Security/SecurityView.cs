namespace Anju.Security;

/// <summary>What a security supervisor sees of one estate.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.SecurityView")]
public sealed record SecurityView(
    [property: Id(0)] string EstateId,
    [property: Id(1)] Anju.Estates.SecurityCounts Counts,
    [property: Id(2)] IReadOnlyList<Staffing> Staffing,
    [property: Id(3)] IReadOnlyList<Guard> Guards,
    [property: Id(4)] IReadOnlyList<GuardDuty> OnDuty,
    [property: Id(5)] IReadOnlyList<Shift> Shifts,
    [property: Id(6)] IReadOnlyList<PatrolRoute> Routes,
    [property: Id(7)] IReadOnlyList<PatrolRound> Rounds,
    [property: Id(8)] PatrolDay Today,
    [property: Id(9)] StaffingPolicy Policy,
    [property: Id(10)] DateTimeOffset? UnderStaffedSince);
