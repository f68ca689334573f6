using Anju.Incidents;

namespace Anju.Facilities;

/// <summary>Server-generated order ids, read over the phone like case ids: <c>WO-20261207-K3Q9ZP</c> (the incident
/// ids' date and alphabet, with the work-order prefix).</summary>
internal static class WorkOrderIds
{
    public static string New(DateTimeOffset now, Random random) => $"WO-{IncidentIds.New(now, random)[3..]}";
}
