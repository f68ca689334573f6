namespace Anju.Community;

/// <summary>An information-collection task (信息採集, §4.3) as asked: what to collect, from which of the grid's
/// dwellings, by when. <see cref="CommandId"/> makes a repeat of the same request harmless.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.NewInfoTask")]
public sealed record NewInfoTask(
    [property: Id(0)] string What,
    [property: Id(1)] IReadOnlyList<string> DwellingIds,
    [property: Id(2)] DateOnly DueOn)
{
    [Id(3)] public string? CommandId { get; init; }
}

/// <summary>One dwelling's part of a task done: who did it, when, with what note.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.TaskVisit")]
public sealed record TaskVisit(
    [property: Id(0)] string DwellingId,
    [property: Id(1)] string Actor,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string? Note);

/// <summary>An information-collection task of a grid (<c>IT-001</c>) with the dwellings already done.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.InfoTask")]
public sealed record InfoTask(
    [property: Id(0)] string TaskId,
    [property: Id(1)] string What,
    [property: Id(2)] IReadOnlyList<string> DwellingIds,
    [property: Id(3)] DateOnly DueOn,
    [property: Id(4)] string CreatedBy,
    [property: Id(5)] DateTimeOffset CreatedAt,
    [property: Id(6)] IReadOnlyList<TaskVisit> Done)
{
    /// <summary>Every dwelling of the task is done.</summary>
    public bool Complete => Done.Count >= DwellingIds.Count;
}
