namespace Anju.Grids;

/// <summary>A grid holds more households than the configured bound for "about 200 households a grid"
/// (以200戶左右為一格, §4.3): a hint to split it, not a refusal.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Grids.GridSizeWarning")]
public sealed record GridSizeWarning(
    [property: Id(0)] int Households,
    [property: Id(1)] int WarnAbove);
