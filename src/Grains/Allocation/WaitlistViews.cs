using Anju.Estates;

namespace Anju.Allocation;

/// <summary>A waiting list's view from its state: eligible applications in rank order (with their rank), then the rest;
/// the current public list and the next application in order on it; counts.</summary>
internal static class WaitlistViews
{
    /// <summary>The district and tenure type a waiting list's key names.</summary>
    public static (string District, TenureType Tenure) IdOf(string key)
    {
        var (district, tenure) = Keys.WaitlistOf(key);
        return (district, Enum.Parse<TenureType>(tenure));
    }

    public static WaitlistView Of(WaitlistState s, string district, TenureType tenure, IReadOnlyList<PriorityCategory> priorities, DateTimeOffset now)
    {
        var ranked = AllocationRanking.Rank(s.Applications, priorities);
        var rows = ranked.Select((a, i) => a with { Rank = i + 1 }).Concat(s.Applications.Where(a => a.Status != ApplicationStatus.Eligible)).ToList();
        var list = s.Lists.Count > 0 ? s.Lists[^1] : null;
        var next = list is null ? null : AllocationOrder.Next(list, s.Applications.ToDictionary(a => a.Form.ApplicationId, StringComparer.Ordinal));
        int Count(ApplicationStatus status) => s.Applications.Count(a => a.Status == status);
        return new WaitlistView(district, tenure, rows, list, next, [.. s.Exceptions], [.. s.Allocations],
            new WaitlistCounts(Count(ApplicationStatus.Received), Count(ApplicationStatus.Eligible), Count(ApplicationStatus.Ineligible),
                Count(ApplicationStatus.Withdrawn), Count(ApplicationStatus.Allocated)), s.Version)
        { InPublicPeriod = list is not null && now < list.EndsAt };
    }
}
