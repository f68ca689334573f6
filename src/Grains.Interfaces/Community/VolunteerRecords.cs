namespace Anju.Community;

/// <summary>A registered volunteer (志願者, §5.3): personal (name and phone masked unless the view shows them);
/// <see cref="Security"/> marks a security volunteer (治安志願者, §5.2).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.Volunteer")]
public sealed record Volunteer(
    [property: Id(0)] string VolunteerId,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Phone,
    [property: Id(3)] string? BuildingId,
    [property: Id(4)] bool Security,
    [property: Id(5)] DateOnly RegisteredOn)
{
    /// <summary>Who registered the volunteer or last updated the registration (the signed-in person).</summary>
    [Id(6)] public string? RegisteredBy { get; init; }
}

/// <summary>A building leader (樓長, §4.5): personal, one per building.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.BuildingLeader")]
public sealed record BuildingLeader(
    [property: Id(0)] string BuildingId,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Phone,
    [property: Id(3)] DateOnly Since,
    [property: Id(4)] string AppointedBy);

/// <summary>What kind of service an activity was.</summary>
[GenerateSerializer]
public enum ActivityKind
{
    /// <summary>治安巡邏: security patrol with the guards (§5.2).</summary>
    SecurityPatrol,

    /// <summary>關愛幫扶: care and mutual aid for the elderly, the disabled, families in need.</summary>
    Care,

    /// <summary>環境: greening, cleaning, garbage sorting (§4.8).</summary>
    Environment,

    /// <summary>文體: cultural and sports activities.</summary>
    Culture,

    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>One volunteer's hours at one activity.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.ActivityHours")]
public sealed record ActivityHours(
    [property: Id(0)] string VolunteerId,
    [property: Id(1)] decimal Hours);

/// <summary>A volunteer activity: its date, kind and every volunteer's hours (志願時). Recorded once by its id.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.VolunteerActivity")]
public sealed record VolunteerActivity(
    [property: Id(0)] string ActivityId,
    [property: Id(1)] string Title,
    [property: Id(2)] ActivityKind Kind,
    [property: Id(3)] DateOnly Date,
    [property: Id(4)] IReadOnlyList<ActivityHours> Hours);

/// <summary>An activity as recorded: with who recorded it and when.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.ActivityEntry")]
public sealed record ActivityEntry(
    [property: Id(0)] VolunteerActivity Activity,
    [property: Id(1)] string RecordedBy,
    [property: Id(2)] DateTimeOffset RecordedAt);

/// <summary>A volunteer's hours over a period.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.VolunteerTotal")]
public sealed record VolunteerTotal(
    [property: Id(0)] string VolunteerId,
    [property: Id(1)] decimal Hours,
    [property: Id(2)] int Activities,
    [property: Id(3)] bool Security);

/// <summary>Volunteer hours (志願時) per person and for the estate over a period (null bounds: all recorded).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.VolunteerHoursTotals")]
public sealed record VolunteerHoursTotals(
    [property: Id(0)] DateOnly? From,
    [property: Id(1)] DateOnly? To,
    [property: Id(2)] IReadOnlyList<VolunteerTotal> People,
    [property: Id(3)] decimal EstateHours,
    [property: Id(4)] decimal SecurityHours,
    [property: Id(5)] int Volunteers,
    [property: Id(6)] int SecurityVolunteers,
    [property: Id(7)] int Activities);

/// <summary>An estate's volunteers, building leaders and activities, with the totals of every hour recorded.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.VolunteerRosterView")]
public sealed record VolunteerRosterView(
    [property: Id(0)] string EstateId,
    [property: Id(1)] IReadOnlyList<Volunteer> Volunteers,
    [property: Id(2)] IReadOnlyList<BuildingLeader> Leaders,
    [property: Id(3)] IReadOnlyList<ActivityEntry> Activities,
    [property: Id(4)] VolunteerHoursTotals Totals,
    [property: Id(5)] long Version);
