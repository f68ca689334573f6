namespace Anju.Community;

/// <summary>Persisted state of a grid's work (state name "gridwork"): tasks, mediations, the numbers given so far,
/// and the recent command ids with what each made.</summary>
[GenerateSerializer, Alias("Anju.Community.GridWorkState")]
internal sealed class GridWorkState
{
    [Id(0)] public List<InfoTask> Tasks { get; set; } = [];

    [Id(1)] public List<Mediation> Mediations { get; set; } = [];

    [Id(2)] public int TasksNumbered { get; set; }

    [Id(3)] public int MediationsNumbered { get; set; }

    [Id(4)] public List<SeenCommand> Commands { get; set; } = [];

    [Id(5)] public long Version { get; set; }
}

/// <summary>A command id seen: the content it came with (a fingerprint) and the id of what it made.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.SeenCommand")]
internal sealed record SeenCommand(
    [property: Id(0)] string CommandId,
    [property: Id(1)] string Fingerprint,
    [property: Id(2)] string ResultId);
