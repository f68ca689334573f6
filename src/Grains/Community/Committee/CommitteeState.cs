namespace Anju.Community;

/// <summary>Persisted state of an estate's committee (state name "committee"): members, meetings, resolutions, the
/// compact's versions and its supervision records, all facts.</summary>
[GenerateSerializer, Alias("Anju.Community.CommitteeState")]
internal sealed class CommitteeState
{
    [Id(0)] public List<CommitteeMember> Members { get; set; } = [];

    [Id(1)] public List<CommitteeMeeting> Meetings { get; set; } = [];

    [Id(2)] public List<Resolution> Resolutions { get; set; } = [];

    [Id(3)] public List<CompactVersion> Compact { get; set; } = [];

    [Id(4)] public List<CompactSupervision> Supervision { get; set; } = [];

    [Id(5)] public long Version { get; set; }
}
