namespace Anju.Incidents;

/// <summary>Who a category goes to: the party that handles it, and the annex's lead and co-operating units
/// (牽頭單位/配合單位) that answer for it.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Incidents.IncidentRoute")]
public sealed record IncidentRoute(
    [property: Id(0)] ResponsibleParty Handler,
    [property: Id(1)] string Lead,
    [property: Id(2)] IReadOnlyList<string> CoOperating,
    [property: Id(3)] string Basis);
