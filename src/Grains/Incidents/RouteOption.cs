namespace Anju.Incidents;

/// <summary>One row of the routing table as configured ("Incidents:Routes:Parking").</summary>
public sealed class RouteOption
{
    public ResponsibleParty Handler { get; set; }

    public string Lead { get; set; } = "";

    public List<string> CoOperating { get; set; } = [];

    /// <summary>Where the row comes from (the annex paragraph), shown with the route.</summary>
    public string Basis { get; set; } = "";

    /// <summary>The route as a case stores it. An array, not a collection expression: the expression's compiler-made
    /// list type is written into the stored JSON by name and cannot be read back after a restart.</summary>
    public IncidentRoute ToRoute() => new(Handler, Lead, CoOperating.ToArray(), Basis);
}
