using Anju.Community;
using Anju.Errors;
using Anju.Estates;
using Anju.Estates.Health;
using Anju.Incidents;

namespace Anju.Tests.Rules;

/// <summary>The community's pure rules: the committee's quorum and tally, who may attend and vote, the compact in force,
/// the sorting rate, survey counts, and the health score's satisfaction factor (no data, no penalty).</summary>
public class CommunityRulesTests
{
    private static readonly DateOnly Day = new(2026, 12, 7);

    private static readonly CommitteeMember[] Members =
    [
        new("M1", "陳大文", CommitteeParty.HousingOffice, new(2026, 1, 1), new(2028, 12, 31)),
        new("M2", "李小明", CommitteeParty.Police, new(2026, 1, 1), new(2028, 12, 31)),
        new("M3", "黃美玲", CommitteeParty.ResidentsCommittee, new(2026, 1, 1), new(2028, 12, 31)),
        new("M4", "張建國", CommitteeParty.PropertyCompany, new(2026, 1, 1), new(2028, 12, 31)),
        new("M5", "劉芳", CommitteeParty.TenantsRepresentative, new(2026, 1, 1), new(2026, 6, 30)), // term ended
    ];

    private static MotionRecord Motion(params (string Member, CommitteeVote Vote)[] votes) =>
        new("MO1", "增設電動車充電樁", [.. votes.Select(v => new MemberVote(v.Member, v.Vote))], [new FollowUpItem("F1", "報價", "物業", Day.AddDays(30))]);

    [Theory]
    [InlineData(3, 4, 0.5, true)] // 3 of 4: more than half
    [InlineData(2, 4, 0.5, false)] // exactly half is not more than half
    [InlineData(1, 1, 0.5, true)]
    [InlineData(0, 0, 0.5, false)] // no members in term: never quorate
    [InlineData(3, 4, 0.75, false)]
    public void A_meeting_is_quorate_when_more_than_the_share_of_members_in_term_attend(int attending, int inTerm, double share, bool quorate) =>
        Assert.Equal(quorate, CommitteeRules.Quorate(attending, inTerm, share));

    [Fact]
    public void A_motion_is_carried_by_a_majority_of_those_attending_and_abstentions_count_as_not_for()
    {
        var carried = CommitteeRules.Tally(Motion(("M1", CommitteeVote.For), ("M2", CommitteeVote.For), ("M3", CommitteeVote.Against)), 3, true, 0.5);
        Assert.Equal((2, 1, 0, 0, MotionOutcome.Carried), (carried.For, carried.Against, carried.Abstain, carried.NotVoting, carried.Outcome));
        var tied = CommitteeRules.Tally(Motion(("M1", CommitteeVote.For), ("M2", CommitteeVote.For), ("M3", CommitteeVote.Abstain), ("M4", CommitteeVote.Abstain)), 4, true, 0.5);
        Assert.Equal(MotionOutcome.Defeated, tied.Outcome);
        var silent = CommitteeRules.Tally(Motion(("M1", CommitteeVote.For)), 3, true, 0.5);
        Assert.Equal((2, MotionOutcome.Defeated), (silent.NotVoting, silent.Outcome));
        Assert.Equal(MotionOutcome.NoQuorum, CommitteeRules.Tally(Motion(("M1", CommitteeVote.For)), 1, false, 0.5).Outcome);
    }

    [Fact]
    public void Only_members_in_term_attend_and_only_attendees_vote_each_once()
    {
        var ok = CommitteeRules.Meeting(new RecordMeeting("MT1", Day, ["M1", "M2", "M3"], [Motion(("M1", CommitteeVote.For))]), Members);
        Assert.Equal(3, ok.Attendees.Count);
        var (quorate, inTerm, tallies) = CommitteeRules.Decide(ok, Members, new CommitteeOptions());
        Assert.Equal((true, 4, MotionOutcome.Defeated), (quorate, inTerm, tallies[0].Outcome));

        Assert.Equal("attendees[1]", Assert.Throws<ValidationException>(() =>
            CommitteeRules.Meeting(new RecordMeeting("MT1", Day, ["M1", "M5"], []), Members)).Field);
        Assert.Equal("attendees[1]", Assert.Throws<ValidationException>(() =>
            CommitteeRules.Meeting(new RecordMeeting("MT1", Day, ["M1", "M1"], []), Members)).Field);
        Assert.Equal("attendees[0]", Assert.Throws<ValidationException>(() =>
            CommitteeRules.Meeting(new RecordMeeting("MT1", Day, ["X9"], []), Members)).Field);
        Assert.Equal("motions[0].votes[1]", Assert.Throws<ValidationException>(() =>
            CommitteeRules.Meeting(new RecordMeeting("MT1", Day, ["M1", "M2"], [Motion(("M1", CommitteeVote.For), ("M3", CommitteeVote.For))]), Members)).Field);
        Assert.Equal("motions[0].votes[1]", Assert.Throws<ValidationException>(() =>
            CommitteeRules.Meeting(new RecordMeeting("MT1", Day, ["M1", "M2"], [Motion(("M1", CommitteeVote.For), ("M1", CommitteeVote.Against))]), Members)).Field);
        var late = Motion() with { FollowUps = [new FollowUpItem("F1", "報價", "物業", Day.AddDays(-1))] };
        Assert.Equal("motions[0].followUps[0].due", Assert.Throws<ValidationException>(() =>
            CommitteeRules.Meeting(new RecordMeeting("MT1", Day, ["M1"], [late]), Members)).Field);
        Assert.Equal("date", Assert.Throws<ValidationException>(() =>
            CommitteeRules.Meeting(new RecordMeeting("MT1", new DateOnly(1999, 12, 31), ["M1"], []), Members)).Field);
    }

    [Fact]
    public void A_member_needs_a_term_that_ends_after_it_starts()
    {
        Assert.Equal("termEnd", Assert.Throws<ValidationException>(() =>
            CommitteeRules.Member(Members[0] with { TermEnd = new DateOnly(2025, 12, 31) })).Field);
        Assert.Equal("name", Assert.Throws<ValidationException>(() => CommitteeRules.Member(Members[0] with { Name = new string('名', 51) })).Field);
    }

    [Fact]
    public void The_compact_in_force_is_the_newest_version_already_effective()
    {
        CompactVersion V(int n, DateOnly on) => new(n, $"第{n}版", "MO1", on, "officer", default);
        var versions = new[] { V(1, new(2026, 1, 1)), V(2, new(2026, 12, 1)), V(3, new(2027, 1, 1)) };
        Assert.Equal(2, CommitteeRules.InForce(versions, Day)!.Number);
        Assert.Null(CommitteeRules.InForce(versions, new DateOnly(2025, 12, 31)));
    }

    [Fact]
    public void The_sorting_rate_is_the_sorted_streams_share_and_no_weight_is_no_rate()
    {
        var kg = SortingRules.Kilograms(new Dictionary<WasteStream, decimal> { [WasteStream.Recyclable] = 300, [WasteStream.Kitchen] = 450, [WasteStream.Hazardous] = 2.5m, [WasteStream.Residual] = 1247.5m });
        Assert.Equal(0.3763m, SortingRules.Rate(kg));
        Assert.Null(SortingRules.Rate(SortingRules.Kilograms(new Dictionary<WasteStream, decimal> { [WasteStream.Residual] = 0 })));
        Assert.Equal(4, SortingRules.Kilograms(new Dictionary<WasteStream, decimal> { [WasteStream.Kitchen] = 1 }).Count);
        Assert.Equal("kilograms.Kitchen", Assert.Throws<ValidationException>(() =>
            SortingRules.Kilograms(new Dictionary<WasteStream, decimal> { [WasteStream.Kitchen] = -1 })).Field);
        Assert.Equal("kilograms.Kitchen", Assert.Throws<ValidationException>(() =>
            SortingRules.Kilograms(new Dictionary<WasteStream, decimal> { [WasteStream.Kitchen] = 0.001m })).Field);
    }

    [Fact]
    public void Incidents_of_the_environment_categories_count_beside_matters_recorded_by_hand()
    {
        Assert.Equal(EnvironmentCategory.Pets, SortingRules.Of(IncidentCategory.Pets));
        Assert.Null(SortingRules.Of(IncidentCategory.Security));
        var matters = new[] { new EnvironmentMatter("R1", EnvironmentCategory.Parking, Day, "消防通道停車", "officer", default) };
        var counts = SortingRules.Count([], matters);
        Assert.Equal(Enum.GetValues<EnvironmentCategory>().Length, counts.Count);
        Assert.Equal(1, counts.Single(c => c.Category == EnvironmentCategory.Parking).Total);
    }

    [Fact]
    public void Survey_answers_and_case_ratings_add_up_to_one_mean()
    {
        var questions = SatisfactionRules.Questions([new SurveyQuestion("物業服務", [0, 1, 2, 3, 4]), new SurveyQuestion("治安", [0, 0, 0, 0, 2])]);
        var survey = new SurveyRecord("S1", "2026-Q4", questions, "officer", default);
        Assert.Equal(4.0, questions[0].Mean);
        var counts = SatisfactionRules.Counts([5, 3], [survey]);
        Assert.Equal((2, 8L, 12, 50L), (counts.CaseRatings, counts.CaseScoreSum, counts.SurveyAnswers, counts.SurveyScoreSum));
        Assert.Equal(4.14, counts.Mean);
        Assert.Null(SatisfactionCounts.Zero.Mean);
        Assert.Equal("questions[0].counts", Assert.Throws<ValidationException>(() => SatisfactionRules.Questions([new SurveyQuestion("x", [1, 2, 3])])).Field);
        Assert.Equal("questions[0].counts", Assert.Throws<ValidationException>(() => SatisfactionRules.Questions([new SurveyQuestion("x", [1, -2, 3, 0, 0])])).Field);
        Assert.Equal("questions", Assert.Throws<ValidationException>(() => SatisfactionRules.Questions([new SurveyQuestion("x", [0, 0, 0, 0, 0])])).Field);
        Assert.Equal("rating", Assert.Throws<ValidationException>(() => SatisfactionRules.Rating("rating", 6)).Field);
    }

    [Theory]
    [InlineData("2026", true)]
    [InlineData("2026-Q4", true)]
    [InlineData("2026-12", true)]
    [InlineData("2026-Q5", false)]
    [InlineData("2026-13", false)]
    [InlineData("1999", false)]
    [InlineData("26-12", false)]
    public void A_survey_period_is_a_year_a_quarter_or_a_month(string period, bool valid)
    {
        if (valid)
        {
            Assert.Equal(period, SatisfactionRules.Period(period));
        }
        else
        {
            Assert.Equal("period", Assert.Throws<ValidationException>(() => SatisfactionRules.Period(period)).Field);
        }
    }

    [Fact]
    public void Satisfaction_below_the_target_costs_points_and_too_few_responses_cost_nothing()
    {
        var options = new HealthOptions();
        var estate = HealthInputs.Empty with { Dwellings = 100, Occupied = 100 };
        Assert.Equal(0, HealthScore.Compute(estate, options).Penalties[HealthFactor.Satisfaction]);
        var few = estate with { SatisfactionResponses = 9, SatisfactionScoreSum = 9 };
        Assert.Equal(0, HealthScore.Compute(few, options).Penalties[HealthFactor.Satisfaction]);
        var unhappy = estate with { SatisfactionResponses = 20, SatisfactionScoreSum = 50 }; // mean 2.5: (4 − 2.5) / 3 = 0.5
        var result = HealthScore.Compute(unhappy, options);
        Assert.Equal((5.0, 95, HealthFactor.Satisfaction), (result.Penalties[HealthFactor.Satisfaction], result.Score, result.TopFactor));
        var happy = estate with { SatisfactionResponses = 20, SatisfactionScoreSum = 90 };
        Assert.Equal(100, HealthScore.Compute(happy, options).Score);
    }
}
