namespace Anju.Community;

/// <summary>A grid's work (網格工作): its information-collection tasks and mediation records.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.GridWorkView")]
public sealed record GridWorkView(
    [property: Id(0)] string EstateId,
    [property: Id(1)] string GridId,
    [property: Id(2)] IReadOnlyList<InfoTask> Tasks,
    [property: Id(3)] IReadOnlyList<Mediation> Mediations,
    [property: Id(4)] long Version);

/// <summary>A task due today or overdue and not complete: how many of its dwellings remain.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.TaskDue")]
public sealed record TaskDue(
    [property: Id(0)] string TaskId,
    [property: Id(1)] string What,
    [property: Id(2)] DateOnly DueOn,
    [property: Id(3)] int Remaining,
    [property: Id(4)] bool Overdue);

/// <summary>A grid's day at a glance (the city's day, Beijing time): tasks due, mediations open, matters that breached
/// a clock. <see cref="IncidentsBreaching"/> and <see cref="OrdersBreaching"/> are null when the caller may not read
/// incidents or work orders there (not a 0).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.GridWorkToday")]
public sealed record GridWorkToday(
    [property: Id(0)] DateOnly Day,
    [property: Id(1)] IReadOnlyList<TaskDue> TasksDue,
    [property: Id(2)] int MediationsOpen,
    [property: Id(3)] int MediationsOldestDays)
{
    [Id(4)] public int? IncidentsOpen { get; init; }

    [Id(5)] public int? IncidentsBreaching { get; init; }

    [Id(6)] public int? OrdersOpen { get; init; }

    [Id(7)] public int? OrdersBreaching { get; init; }
}
