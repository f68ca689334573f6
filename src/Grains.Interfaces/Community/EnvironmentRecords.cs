namespace Anju.Community;

/// <summary>Guangzhou's four household-waste streams (生活垃圾分類).</summary>
[GenerateSerializer]
public enum WasteStream
{
    /// <summary>Recyclables (可回收物).</summary>
    Recyclable,

    /// <summary>Kitchen waste (餐廚垃圾).</summary>
    Kitchen,

    /// <summary>Hazardous waste (有害垃圾).</summary>
    Hazardous,

    /// <summary>Residual waste (其他垃圾), the stream sorting takes away from.</summary>
    Residual,
}

/// <summary>A kind of environment matter (§4.8): the environment categories of incidents, and others recorded by hand.</summary>
[GenerateSerializer]
public enum EnvironmentCategory
{
    /// <summary>Greening and cleanliness (綠化、美化、凈化).</summary>
    Greening,

    /// <summary>Illegal structures (違章建築).</summary>
    IllegalStructure,

    /// <summary>Vehicles parked out of order (車輛停放).</summary>
    Parking,

    /// <summary>Pets (寵物管理).</summary>
    Pets,

    /// <summary>Garbage sorting (垃圾分類).</summary>
    GarbageSorting,
}

/// <summary>A garbage station (垃圾收集站/投放點) on the estate's register.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.GarbageStation")]
public sealed record GarbageStation(
    [property: Id(0)] string StationId,
    [property: Id(1)] string Name,
    [property: Id(2)] string Location,
    [property: Id(3)] IReadOnlyList<WasteStream> Streams,
    [property: Id(4)] bool Staffed);

/// <summary>A month's sorting figures: kilograms collected per stream, and the sorting rate
/// (<c>SortingRules.Rate</c>: the sorted streams' share of the total), null when nothing was weighed.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.SortingMonth")]
public sealed record SortingMonth(
    [property: Id(0)] string Month,
    [property: Id(1)] IReadOnlyDictionary<WasteStream, decimal> Kilograms,
    [property: Id(2)] decimal Total,
    [property: Id(3)] decimal? SortingRate,
    [property: Id(4)] string RecordedBy,
    [property: Id(5)] DateTimeOffset RecordedAt);

/// <summary>An environment matter recorded by hand (an inspection's finding, a resident's word at the station).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.EnvironmentMatter")]
public sealed record EnvironmentMatter(
    [property: Id(0)] string RecordId,
    [property: Id(1)] EnvironmentCategory Category,
    [property: Id(2)] DateOnly Date,
    [property: Id(3)] string Note,
    [property: Id(4)] string Actor,
    [property: Id(5)] DateTimeOffset At);

/// <summary>Environment matters of one category: incidents the estate's book holds (open, and all it still holds)
/// and matters recorded by hand.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.EnvironmentCount")]
public sealed record EnvironmentCount(
    [property: Id(0)] EnvironmentCategory Category,
    [property: Id(1)] int OpenIncidents,
    [property: Id(2)] int Incidents,
    [property: Id(3)] int Recorded)
{
    public int Total => Incidents + Recorded;
}

/// <summary>An estate's environment (§4.8): counts per category, garbage stations, the months' sorting figures (newest
/// first) and the matters recorded by hand (newest first).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Community.EnvironmentView")]
public sealed record EnvironmentView(
    [property: Id(0)] string EstateId,
    [property: Id(1)] IReadOnlyList<EnvironmentCount> Counts,
    [property: Id(2)] IReadOnlyList<GarbageStation> Stations,
    [property: Id(3)] IReadOnlyList<SortingMonth> Months,
    [property: Id(4)] IReadOnlyList<EnvironmentMatter> Matters,
    [property: Id(5)] long Version);
