namespace Anju.Allocation;

/// <summary>The ranking of a waiting list (輪候排序), pure and total: eligible applications only, by priority tier (the
/// earliest of the applicant's categories in the configured order; none ranks after every category), then points (more
/// first), then the day applied (earlier first), then the application id (ordinal), so two lists with the same
/// applications always rank them the same.</summary>
public static class AllocationRanking
{
    /// <summary>The eligible applications of <paramref name="applications"/> in rank order.</summary>
    public static IReadOnlyList<Application> Rank(IEnumerable<Application> applications, IReadOnlyList<PriorityCategory> priorities) =>
        [.. applications.Where(a => a.Status == ApplicationStatus.Eligible).Order(Comparer(priorities))];

    /// <summary>The priority tier of an application: 0 for the first configured category, the number of categories for none.</summary>
    public static int Tier(ApplicationForm form, IReadOnlyList<PriorityCategory> priorities)
    {
        var tier = priorities.Count;
        foreach (var category in form.Priorities)
        {
            var at = IndexOf(priorities, category);
            if (at >= 0 && at < tier)
            {
                tier = at;
            }
        }

        return tier;
    }

    /// <summary>The ranking's order as a comparer.</summary>
    public static IComparer<Application> Comparer(IReadOnlyList<PriorityCategory> priorities) => Comparer<Application>.Create((a, b) =>
    {
        var c = Tier(a.Form, priorities).CompareTo(Tier(b.Form, priorities));
        if (c == 0)
        {
            c = b.Points.CompareTo(a.Points);
        }

        if (c == 0)
        {
            c = a.Form.AppliedOn.CompareTo(b.Form.AppliedOn);
        }

        return c != 0 ? c : string.CompareOrdinal(a.Form.ApplicationId, b.Form.ApplicationId);
    });

    private static int IndexOf(IReadOnlyList<PriorityCategory> list, PriorityCategory category)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] == category)
            {
                return i;
            }
        }

        return -1;
    }
}
