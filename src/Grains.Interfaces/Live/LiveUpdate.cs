using Anju.Alarms;
using Anju.Contracts;
using Anju.Districts;
using Anju.Estates;
using Anju.Facilities;
using Anju.Incidents;

namespace Anju.Live;

/// <summary>
/// One status message leaving the cluster for screens: the closed set of what a scope sends, one factory per scope
/// kind, each taking that kind's status record, so a scope, its kind and its payload's type always agree.
/// <see cref="Scope"/> is what a screen subscribes to (<see cref="Scopes"/>); <see cref="Version"/> lets a receiver
/// drop stale ones. <see cref="Payload"/> is declared as <c>object</c> only for the serializers (Orleans, SignalR's
/// JSON and MessagePack), which must write it by its runtime type; the browser's typedefs are in
/// <c>wwwroot/js/contract.js</c>.
/// </summary>
[GenerateSerializer, Immutable, Alias("Anju.Live.LiveUpdate")]
public sealed record LiveUpdate
{
    private LiveUpdate(string scope, string kind, long version, object payload)
    {
        Scope = scope;
        Kind = kind;
        Version = version;
        Payload = payload;
    }

    [Id(0)] public string Scope { get; }

    /// <summary>The scope's kind (<see cref="Scopes"/>): which record <see cref="Payload"/> is.</summary>
    [Id(1)] public string Kind { get; }

    [Id(2)] public long Version { get; }

    /// <summary>An <see cref="EstateStatus"/>, <see cref="DistrictStatus"/>, <see cref="CityStatus"/>, the open
    /// <see cref="IncidentSummary"/> list, a <see cref="FacilityOverview"/>, a <see cref="WorkQueueView"/>, a
    /// <see cref="ScorecardView"/> or an <see cref="AlarmBoard"/>, as <see cref="Kind"/> says.</summary>
    [Id(3)] public object Payload { get; }

    /// <summary>An estate's status, on <c>estate/&lt;id&gt;</c>.</summary>
    public static LiveUpdate Estate(EstateStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new(Scopes.Estate(status.Profile.EstateId), Scopes.EstateKind, status.Version, status);
    }

    /// <summary>A district's status, on <c>district/&lt;code&gt;</c>.</summary>
    public static LiveUpdate District(DistrictStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new(Scopes.District(status.Code), Scopes.DistrictKind, status.Version, status);
    }

    /// <summary>The city's status, on <c>city</c>.</summary>
    public static LiveUpdate City(CityStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return new(Scopes.City, Scopes.City, status.Version, status);
    }

    /// <summary>An estate's open incidents, newest first, on <c>incidents/&lt;estateId&gt;</c> at the version of
    /// the incident book's last count.</summary>
    public static LiveUpdate Incidents(string estateId, long version, IReadOnlyList<IncidentSummary> open) =>
        new(Scopes.Incidents(estateId), Scopes.IncidentsKind, version, open);

    /// <summary>An estate's facilities overview, on <c>facilities/&lt;estateId&gt;</c>.</summary>
    public static LiveUpdate Facilities(FacilityOverview overview)
    {
        ArgumentNullException.ThrowIfNull(overview);
        return new(Scopes.Facilities(overview.EstateId), Scopes.FacilitiesKind, overview.Version, overview);
    }

    /// <summary>A work queue, on <c>queue/&lt;queueId&gt;</c>.</summary>
    public static LiveUpdate Queue(WorkQueueView queue)
    {
        ArgumentNullException.ThrowIfNull(queue);
        return new(Scopes.Queue(queue.QueueId), Scopes.QueueKind, queue.Version, queue);
    }

    /// <summary>A contract's live scorecard, on <c>contract/&lt;contractId&gt;</c>.</summary>
    public static LiveUpdate Scorecard(ScorecardView scorecard)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        return new(Scopes.Contract(scorecard.ContractId), Scopes.ContractKind, scorecard.Version, scorecard);
    }

    /// <summary>An alarm board: a district's on <c>alarms/&lt;code&gt;</c>, the city's (district null) on <c>alarms</c>.</summary>
    public static LiveUpdate Alarms(AlarmBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        return new(board.District is { } d ? Scopes.Alarms(d) : Scopes.CityAlarms, Scopes.AlarmsKind, board.Version, board);
    }
}
