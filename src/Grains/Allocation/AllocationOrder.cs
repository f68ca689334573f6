namespace Anju.Allocation;

/// <summary>Allocation only in rank order (按序配租), pure: the next application on a public list is the highest-ranked
/// entry still eligible and not allocated (an entry withdrawn or found ineligible after an objection is passed); an
/// allocation to any other entry needs an exception approved by someone other than the allocating person.</summary>
public static class AllocationOrder
{
    /// <summary>The next application in order on <paramref name="list"/>, or null when none is left.</summary>
    public static string? Next(PublicList list, IReadOnlyDictionary<string, Application> applications) =>
        list.Entries.OrderBy(e => e.Rank).FirstOrDefault(e => Open(e, applications))?.ApplicationId;

    /// <summary>The applications ranked above <paramref name="applicationId"/> on the list and still open: the ones an
    /// allocation to it passes over.</summary>
    public static IReadOnlyList<string> PassedOver(PublicList list, IReadOnlyDictionary<string, Application> applications, string applicationId)
    {
        var entry = list.Entries.First(e => e.ApplicationId == applicationId);
        return [.. list.Entries.Where(e => e.Rank < entry.Rank && Open(e, applications)).OrderBy(e => e.Rank).Select(e => e.ApplicationId)];
    }

    /// <summary>Why allocating to <paramref name="applicationId"/> by <paramref name="actor"/> is refused, or null when it
    /// may go ahead (in order, or out of order with <paramref name="exception"/>).</summary>
    public static string? Refusal(PublicList list, IReadOnlyDictionary<string, Application> applications, string applicationId,
        AllocationException? exception, string actor, DateTimeOffset now)
    {
        if (now < list.EndsAt)
        {
            return $"Public list {list.Number} is public until {list.EndsAt:yyyy-MM-dd HH:mm} UTC; allocation starts after its period.";
        }

        var entry = list.Entries.FirstOrDefault(e => e.ApplicationId == applicationId);
        if (entry is null)
        {
            return $"Application {applicationId} is not on public list {list.Number}; only a published applicant can be allocated.";
        }

        if (!Open(entry, applications))
        {
            return $"Application {applicationId} is {applications[applicationId].Status}, not eligible for allocation.";
        }

        var next = Next(list, applications);
        if (next == applicationId)
        {
            return null;
        }

        return exception is null
            ? $"Application {applicationId} is rank {entry.Rank}; the next in order is {next}. Allocating out of order needs an exception approved by another housing-office user."
            : exception.ApprovedBy == actor
                ? $"The exception for {applicationId} was approved by {actor}, who cannot also allocate under it: a second person allocates."
                : null;
    }

    private static bool Open(PublicListEntry entry, IReadOnlyDictionary<string, Application> applications) =>
        applications.TryGetValue(entry.ApplicationId, out var a) && a.Status == ApplicationStatus.Eligible;
}
