namespace Anju.Residency;

/// <summary>A household's rent account on a given day. <see cref="MonthsInArrears"/> counts whole
/// months since the oldest unpaid charge fell due (0 when clear or just missed).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Residency.RentPosition")]
public sealed record RentPosition(
    [property: Id(0)] decimal Arrears,
    [property: Id(1)] decimal Credit,
    [property: Id(2)] int MonthsInArrears,
    [property: Id(3)] DateOnly? OldestUnpaidDueOn,
    [property: Id(4)] RentArrearsStatus Status);
