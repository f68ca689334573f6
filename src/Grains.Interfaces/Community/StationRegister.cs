namespace Anju.Community;

/// <summary>A member of a service station's staff; the phone is personal (masked unless the view shows contacts).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.StationStaff")]
public sealed record StationStaff(
    [property: Id(0)] string Name,
    [property: Id(1)] string Role,
    [property: Id(2)] string? Phone);

/// <summary>When a station is open on one day of the week (Beijing time): <see cref="Opens"/> before <see cref="Closes"/>.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.OpeningHours")]
public sealed record OpeningHours(
    [property: Id(0)] DayOfWeek Day,
    [property: Id(1)] TimeOnly Opens,
    [property: Id(2)] TimeOnly Closes);

/// <summary>A community service station (社區服務站, §4.4): where residents bring their demands, who staffs it, when it
/// is open, what it does.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.ServiceStation")]
public sealed record ServiceStation(
    [property: Id(0)] string StationId,
    [property: Id(1)] string Name,
    [property: Id(2)] string Address,
    [property: Id(3)] IReadOnlyList<StationStaff> Staff,
    [property: Id(4)] IReadOnlyList<OpeningHours> Hours,
    [property: Id(5)] IReadOnlyList<string> Services);

/// <summary>A station as listed: the station, who last changed it and when.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.StationEntry")]
public sealed record StationEntry(
    [property: Id(0)] ServiceStation Station,
    [property: Id(1)] string UpdatedBy,
    [property: Id(2)] DateTimeOffset UpdatedAt);

/// <summary>An estate's community service stations (§4.4). Key: <see cref="Keys.Stations"/>.</summary>
[Alias("Anju.Community.IStationRegisterGrain")]
public interface IStationRegisterGrain : IGrainWithStringKey
{
    /// <summary>Registers a station or replaces its record; the same record again changes nothing.</summary>
    Task<StationEntry> SetAsync(ServiceStation station, string actor);

    /// <summary>Takes a station off the register (404 when it is not on it).</summary>
    Task RemoveAsync(string stationId, string actor);

    /// <summary>The stations in id order.</summary>
    [ReadOnly]
    Task<IReadOnlyList<StationEntry>> ListAsync();
}
