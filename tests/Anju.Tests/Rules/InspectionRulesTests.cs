using Anju.Errors;
using Anju.Residency;

namespace Anju.Tests.Rules;

public class InspectionRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(InspectionFinding.NoIssue, false)]
    [InlineData(InspectionFinding.Sublet, true)]
    [InlineData(InspectionFinding.Idle, true)]
    [InlineData(InspectionFinding.Damage, true)]
    [InlineData(InspectionFinding.IllegalAlteration, true)]
    [InlineData(InspectionFinding.Other, true)]
    public void Any_finding_other_than_no_issue_counts_as_an_issue(InspectionFinding finding, bool issue) =>
        Assert.Equal(issue, InspectionRules.IsIssue(new UsageInspection(Now, "agency-07", finding, "seen")));

    [Fact]
    public void Inspector_and_note_are_trimmed_and_a_blank_note_is_dropped()
    {
        var valid = InspectionRules.Validate(new UsageInspection(Now, " agency-07 ", InspectionFinding.Idle, "  "), Now);
        Assert.Equal("agency-07", valid.Inspector);
        Assert.Null(valid.Note);
    }

    [Fact]
    public void A_finding_of_other_needs_a_note() =>
        Assert.Equal("note", Assert.Throws<ValidationException>(() =>
            InspectionRules.Validate(new UsageInspection(Now, "agency-07", InspectionFinding.Other, null), Now)).Field);

    [Fact]
    public void An_inspection_in_the_future_is_refused() =>
        Assert.Equal("at", Assert.Throws<ValidationException>(() =>
            InspectionRules.Validate(new UsageInspection(Now.AddMinutes(1), "agency-07", InspectionFinding.NoIssue, null), Now)).Field);

    [Fact]
    public void An_inspection_needs_an_inspector_and_a_known_finding()
    {
        Assert.Equal("inspector", Assert.Throws<ValidationException>(() =>
            InspectionRules.Validate(new UsageInspection(Now, " ", InspectionFinding.NoIssue, null), Now)).Field);
        Assert.Equal("finding", Assert.Throws<ValidationException>(() =>
            InspectionRules.Validate(new UsageInspection(Now, "agency-07", (InspectionFinding)99, null), Now)).Field);
    }
}
