namespace Anju.Security;

/// <summary>The estate's staffing ratios and under-staffing grace; unset parts fall back to the defaults
/// (SecurityOptions: 500 residents per guard, 10 minutes' grace).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.StaffingPolicy")]
public sealed record StaffingPolicy(
    [property: Id(0)] IReadOnlyList<StaffingRatio> Ratios, [property: Id(1)] TimeSpan? Grace)
{
    public static StaffingPolicy Default { get; } = new([], null);
}
