
namespace Anju.Residency;

/// <summary>Annual review (年審) status as a pure function of the last review, the latest papers received and the day.</summary>
internal static class AnnualReviewRules
{
    /// <summary>
    /// The review status on <paramref name="today"/>. The next review is due
    /// <see cref="AnnualReviewOptions.PeriodMonths"/> after <paramref name="lastReviewedOn"/>; papers received after
    /// the last review make it <see cref="AnnualReviewState.Received"/> (papers on or before it belong to the previous
    /// cycle and are ignored); without them it is <see cref="AnnualReviewState.Overdue"/> once today is past the due
    /// date plus <see cref="AnnualReviewOptions.GraceDays"/>, and <see cref="AnnualReviewState.Due"/> until then.
    /// </summary>
    public static AnnualReviewStatus Assess(DateOnly lastReviewedOn, DateOnly? receivedOn, DateOnly today, AnnualReviewOptions options)
    {
        if (lastReviewedOn > today)
        {
            throw new ValidationException("lastReviewedOn", "The last review cannot be in the future.");
        }

        if (receivedOn > today)
        {
            throw new ValidationException("receivedOn", "Papers cannot be received in the future.");
        }

        var dueOn = lastReviewedOn.AddMonths(options.PeriodMonths);
        var graceEndsOn = dueOn.AddDays(options.GraceDays);
        var received = receivedOn > lastReviewedOn ? receivedOn : null;
        var state = received is not null ? AnnualReviewState.Received
            : today > graceEndsOn ? AnnualReviewState.Overdue
            : AnnualReviewState.Due;
        return new AnnualReviewStatus(lastReviewedOn, dueOn, graceEndsOn, received, state);
    }
}
