using Anju.Errors;
using Anju.Residency;

namespace Anju.Tests.Rules;

public class AnnualReviewRulesTests
{
    private static readonly AnnualReviewOptions Options = new();
    private static readonly DateOnly LastReview = new(2025, 6, 15);

    [Fact]
    public void The_next_review_is_due_a_year_after_the_last_with_thirty_days_grace()
    {
        var status = AnnualReviewRules.Assess(LastReview, null, new DateOnly(2026, 1, 1), Options);
        Assert.Equal(new DateOnly(2026, 6, 15), status.DueOn);
        Assert.Equal(new DateOnly(2026, 7, 15), status.GraceEndsOn);
        Assert.Equal(AnnualReviewState.Due, status.State);
    }

    [Fact]
    public void A_review_is_still_due_on_the_last_day_of_grace_and_overdue_the_day_after()
    {
        Assert.Equal(AnnualReviewState.Due, AnnualReviewRules.Assess(LastReview, null, new DateOnly(2026, 7, 15), Options).State);
        Assert.Equal(AnnualReviewState.Overdue, AnnualReviewRules.Assess(LastReview, null, new DateOnly(2026, 7, 16), Options).State);
    }

    [Fact]
    public void Papers_received_after_the_last_review_make_it_received_even_when_late()
    {
        var status = AnnualReviewRules.Assess(LastReview, new DateOnly(2026, 8, 1), new DateOnly(2026, 9, 1), Options);
        Assert.Equal((AnnualReviewState.Received, new DateOnly(2026, 8, 1)), (status.State, status.ReceivedOn));
    }

    [Fact]
    public void Papers_from_the_previous_cycle_do_not_count()
    {
        var status = AnnualReviewRules.Assess(LastReview, new DateOnly(2025, 6, 1), new DateOnly(2026, 8, 1), Options);
        Assert.Equal((AnnualReviewState.Overdue, (DateOnly?)null), (status.State, status.ReceivedOn));
    }

    [Fact]
    public void Period_and_grace_are_configurable()
    {
        var options = new AnnualReviewOptions { PeriodMonths = 6, GraceDays = 0 };
        var status = AnnualReviewRules.Assess(LastReview, null, new DateOnly(2025, 12, 16), options);
        Assert.Equal((new DateOnly(2025, 12, 15), AnnualReviewState.Overdue), (status.DueOn, status.State));
    }

    [Fact]
    public void Dates_in_the_future_are_refused()
    {
        var today = new DateOnly(2026, 1, 1);
        Assert.Equal("lastReviewedOn", Assert.Throws<ValidationException>(() => AnnualReviewRules.Assess(today.AddDays(1), null, today, Options)).Field);
        Assert.Equal("receivedOn", Assert.Throws<ValidationException>(() => AnnualReviewRules.Assess(LastReview, today.AddDays(1), today, Options)).Field);
    }
}
