namespace Anju.Residency;

/// <summary>A household's annual review (年審) on a given day: when the next one is due, the last day
/// of grace, and whether its papers are in.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Residency.AnnualReviewStatus")]
public sealed record AnnualReviewStatus(
    [property: Id(0)] DateOnly LastReviewedOn,
    [property: Id(1)] DateOnly DueOn,
    [property: Id(2)] DateOnly GraceEndsOn,
    [property: Id(3)] DateOnly? ReceivedOn,
    [property: Id(4)] AnnualReviewState State);
