namespace Anju.Incidents;

/// <summary>One row of the routing table as configured ("Incidents:Routes:Parking").</summary>
public sealed class RouteOption
{
    public ResponsibleParty Handler { get; set; }

    public string Lead { get; set; } = "";

    public List<string> CoOperating { get; set; } = [];

    /// <summary>Where the row comes from (the annex paragraph), shown with the route.</summary>
    public string Basis { get; set; } = "";

    public IncidentRoute ToRoute() => new(Handler, Lead, [.. CoOperating], Basis);
}
