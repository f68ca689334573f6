namespace Anju.Allocation;

/// <summary>Exceptions to the rank order (破格), pure: one open (not yet used) exception per application at a time; the
/// same approval again answers the open one, another approval while it is open is a conflict.</summary>
public static class AllocationExceptions
{
    /// <summary>The exception the approval stands for: the open one it repeats, or a new one (not yet in
    /// <paramref name="exceptions"/>) numbered after those of the list.</summary>
    public static AllocationException Approve(IReadOnlyList<AllocationException> exceptions, string district, string applicationId, string reason,
        string approver, DateTimeOffset now)
    {
        if (exceptions.FirstOrDefault(x => x.ApplicationId == applicationId && x.UsedBy is null) is { } open)
        {
            return open.Reason == reason && open.ApprovedBy == approver ? open
                : throw new ConflictException($"Exception {open.ExceptionId} for {applicationId} is approved and not used yet.");
        }

        return new AllocationException($"EX-{district}-{exceptions.Count + 1}", applicationId, reason, approver, now);
    }
}
