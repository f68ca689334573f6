namespace Anju.Security;

/// <summary>A patrol checkpoint (巡更點): the NFC or QR tag id and where it is.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.Checkpoint")]
public sealed record Checkpoint([property: Id(0)] string CheckpointId, [property: Id(1)] string Name);
