namespace Anju.Security;

/// <summary>Today's patrol figures (保障巡查時間, §5.2), Beijing date.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.PatrolDay")]
public sealed record PatrolDay(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] int RoundsScheduled,
    [property: Id(2)] int RoundsCompleted,
    [property: Id(3)] int MissedCheckpoints,
    [property: Id(4)] int LateCheckIns,
    [property: Id(5)] double PatrolMinutes)
{
    public static PatrolDay Start(DateOnly date) => new(date, 0, 0, 0, 0, 0);
}
