namespace Anju.Security;

/// <summary>Residents one guard covers, for a zone (null: the whole estate) and a period (null: both).
/// A property contract serves the estate or one zone (§6.3), so a contract's ratio is set on its zone.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.StaffingRatio")]
public sealed record StaffingRatio(
    [property: Id(0)] string? ZoneId, [property: Id(1)] ShiftPeriod? Period, [property: Id(2)] int ResidentsPerGuard);
