namespace Anju.Incidents;

/// <summary>The outcome of one step: the case as it now stands and the history entry recording it.</summary>
public sealed record IncidentTransition(IncidentSummary Next, IncidentStep Step);
