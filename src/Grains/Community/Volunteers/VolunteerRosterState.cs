namespace Anju.Community;

/// <summary>Persisted state of an estate's volunteer roster (state name "volunteers").</summary>
[GenerateSerializer, Alias("Anju.Community.VolunteerRosterState")]
internal sealed class VolunteerRosterState
{
    [Id(0)] public List<Volunteer> Volunteers { get; set; } = [];

    [Id(1)] public List<BuildingLeader> Leaders { get; set; } = [];

    [Id(2)] public List<ActivityEntry> Activities { get; set; } = [];

    [Id(3)] public long Version { get; set; }
}
