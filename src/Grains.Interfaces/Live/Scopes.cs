namespace Anju.Live;

/// <summary>
/// The scope names screens subscribe to, written once, here: a scope is its kind, then <c>/</c> and an id
/// (<c>estate/TH-0001</c>), or the kind alone (<c>city</c>). The browser's copy is <c>wwwroot/js/contract.js</c>,
/// which a test holds to this one.
/// </summary>
public static class Scopes
{
    /// <summary>The whole city, and the kind of its one scope.</summary>
    public const string City = "city";

    /// <summary>The kind of a district's scope.</summary>
    public const string DistrictKind = "district";

    /// <summary>The kind of an estate's scope.</summary>
    public const string EstateKind = "estate";

    /// <summary>The kind of an estate's open-incident list (the incident desk's).</summary>
    public const string IncidentsKind = "incidents";

    /// <summary>The kind of an estate's facilities overview (status by type, open orders): <c>facilities/TH-0001</c>.</summary>
    public const string FacilitiesKind = "facilities";

    /// <summary>The kind of a work queue (a contract's, or a district housing office's): <c>queue/HT-2026-001</c>.</summary>
    public const string QueueKind = "queue";

    /// <summary>The kind of a contract's live scorecard: <c>contract/HT-2026-001</c>.</summary>
    public const string ContractKind = "contract";

    /// <summary>The kind of an alarm stream; alone (<c>alarms</c>) it is the whole city's.</summary>
    public const string AlarmsKind = "alarms";

    /// <summary>The city's alarm stream (the wall's ticker).</summary>
    public const string CityAlarms = AlarmsKind;

    /// <summary>Not a feed scope: the cluster panel, watched with the hub's <c>SubscribeCluster</c>.</summary>
    public const string Cluster = "cluster";

    /// <summary>Every kind a scope can have, in the order the screens document them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [City, DistrictKind, EstateKind, IncidentsKind, FacilitiesKind, QueueKind, ContractKind, AlarmsKind, Cluster];

    private const char Separator = '/';

    /// <summary>One district: <c>district/TH</c>.</summary>
    public static string District(string code) => Of(DistrictKind, code);

    /// <summary>One estate: <c>estate/TH-0001</c>.</summary>
    public static string Estate(string estateId) => Of(EstateKind, estateId);

    /// <summary>The open incidents of one estate (the incident desk's list): <c>incidents/TH-0001</c>.</summary>
    public static string Incidents(string estateId) => Of(IncidentsKind, estateId);

    /// <summary>An estate's facilities overview: <c>facilities/TH-0001</c>.</summary>
    public static string Facilities(string estateId) => Of(FacilitiesKind, estateId);

    /// <summary>A work queue: <c>queue/HT-2026-001</c>, <c>queue/office-TH</c>.</summary>
    public static string Queue(string queueId) => Of(QueueKind, queueId);

    /// <summary>A contract's scorecard: <c>contract/HT-2026-001</c>.</summary>
    public static string Contract(string contractId) => Of(ContractKind, contractId);

    /// <summary>A district's alarm stream: <c>alarms/TH</c>.</summary>
    public static string Alarms(string district) => Of(AlarmsKind, district);

    /// <summary>Splits a scope into its kind and id ("estate", "TH-0001"); the city has an empty id.</summary>
    public static (string Kind, string Id) Parse(string scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope is City or CityAlarms)
        {
            return (scope, "");
        }

        var slash = scope.IndexOf(Separator, StringComparison.Ordinal);
        return slash > 0 ? (scope[..slash], scope[(slash + 1)..]) : (scope, "");
    }

    private static string Of(string kind, string id) => $"{kind}{Separator}{id}";
}
