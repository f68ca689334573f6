namespace Anju.Residency;

/// <summary>Server-generated case ids: <c>EX-20261207-K3Q9ZP</c>, shaped as incident ids are (the day it was opened and
/// six characters readable over the phone), with their own prefix.</summary>
internal static class ExitReviewIds
{
    public static string New(DateTimeOffset now, Random random) => $"EX-{Incidents.IncidentIds.New(now, random)[3..]}";
}
