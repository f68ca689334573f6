namespace Anju.Community;

/// <summary>Persisted state of an estate's service stations (state name "stations").</summary>
[GenerateSerializer, Alias("Anju.Community.StationRegisterState")]
internal sealed class StationRegisterState
{
    [Id(0)] public List<StationEntry> Stations { get; set; } = [];
}
