using Anju.Errors;
using Anju.Estates;
using Anju.Estates.Health;

namespace Anju.Tests.Rules;

public class HealthScoreTests
{
    private static readonly HealthOptions Options = new();

    /// <summary>200 dwellings, all occupied, fully guarded, every camera online, nothing open.</summary>
    private static readonly HealthInputs Perfect = HealthInputs.Empty with
    {
        Dwellings = 200,
        Occupied = 200,
        GuardsOnDuty = 4,
        GuardsRequired = 4,
        CamerasOnline = 50,
        CamerasTotal = 50,
    };

    private static HealthInputs Failing(HealthFactor factor) => factor switch
    {
        HealthFactor.Vacancy => Perfect with { Occupied = 100 },
        HealthFactor.IncidentLoad => Perfect with { OpenMinorIncidents = 4 },
        HealthFactor.OverdueIncidents => Perfect with { OpenMinorIncidents = 1, OverdueIncidents = 1 },
        HealthFactor.GuardShortfall => Perfect with { GuardsOnDuty = 2 },
        HealthFactor.CamerasOffline => Perfect with { CamerasOnline = 40 },
        HealthFactor.OpenFaults => Perfect with { OpenFaults = 4 },
        HealthFactor.OverdueFaults => Perfect with { OpenFaults = 1, OverdueFaults = 1 },
        HealthFactor.RentArrears => Perfect with { HouseholdsInSeriousArrears = 10 },
        HealthFactor.OverdueReviews => Perfect with { OverdueAnnualReviews = 10 },
        HealthFactor.ExitReviews => Perfect with { HouseholdsAtExitReview = 4 },
        HealthFactor.Satisfaction => Perfect with { SatisfactionResponses = 10, SatisfactionScoreSum = 30 },
        _ => Perfect,
    };

    private static HealthInputs Awful(HealthFactor factor) => factor switch
    {
        HealthFactor.Vacancy => Perfect with { Occupied = 0 },
        HealthFactor.IncidentLoad => Perfect with { OpenCriticalIncidents = 100 },
        HealthFactor.OverdueIncidents => Perfect with { OpenMinorIncidents = 1, OverdueIncidents = 5 },
        HealthFactor.GuardShortfall => Perfect with { GuardsOnDuty = 0 },
        HealthFactor.CamerasOffline => Perfect with { CamerasOnline = 0 },
        HealthFactor.OpenFaults => Perfect with { OpenFaults = 1000 },
        HealthFactor.OverdueFaults => Perfect with { OpenFaults = 1, OverdueFaults = 1 },
        HealthFactor.RentArrears => Perfect with { HouseholdsInSeriousArrears = 200 },
        HealthFactor.OverdueReviews => Perfect with { OverdueAnnualReviews = 200 },
        HealthFactor.ExitReviews => Perfect with { HouseholdsAtExitReview = 200 },
        HealthFactor.Satisfaction => Perfect with { SatisfactionResponses = 10, SatisfactionScoreSum = 10 },
        _ => Perfect,
    };

    public static TheoryData<HealthFactor> AllFactors() => [.. HealthScore.Factors];

    [Fact]
    public void A_perfect_estate_scores_one_hundred_with_no_top_factor()
    {
        var result = HealthScore.Compute(Perfect, Options);
        Assert.Equal((100, HealthFactor.None), (result.Score, result.TopFactor));
        Assert.All(result.Penalties.Values, p => Assert.Equal(0, p));
        Assert.Equal(HealthScore.Factors, result.Penalties.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(AllFactors))]
    public void Each_factor_alone_lowers_the_score_and_becomes_the_top_factor(HealthFactor factor)
    {
        var result = HealthScore.Compute(Failing(factor), Options);
        Assert.True(result.Score < 100, $"{factor} left the score at {result.Score}.");
        Assert.Equal(factor, result.TopFactor);
    }

    [Theory]
    [MemberData(nameof(AllFactors))]
    public void A_factor_never_costs_more_than_its_cap(HealthFactor factor)
    {
        var result = HealthScore.Compute(Awful(factor), Options);
        Assert.Equal(Options.For(factor).Cap, result.Penalties[factor]);
        Assert.Equal(factor, result.TopFactor);
    }

    [Fact]
    public void The_score_never_drops_below_zero()
    {
        var everythingWrong = new HealthInputs(200, 10, 50, 50, 50, 150, 0, 10, 0, 40, 500, 500, 10, 10, 10);
        var result = HealthScore.Compute(everythingWrong, Options);
        Assert.Equal(0, result.Score);
        Assert.True(result.Penalties.Values.Sum() > 100);
    }

    [Fact]
    public void Factors_with_a_zero_denominator_contribute_nothing()
    {
        Assert.Equal(100, HealthScore.Compute(HealthInputs.Empty, Options).Score);
        var notYetFed = Perfect with { GuardsRequired = 0, GuardsOnDuty = 0, CamerasTotal = 0, CamerasOnline = 0 };
        Assert.Equal(100, HealthScore.Compute(notYetFed, Options).Score);
        var nobodyLivesThere = HealthInputs.Empty with { OpenMinorIncidents = 3, HouseholdsInSeriousArrears = 2 };
        Assert.Equal(0, HealthScore.Compute(nobodyLivesThere, Options).Penalties[HealthFactor.IncidentLoad]);
    }

    [Fact]
    public void The_worked_example_of_the_documentation_scores_seventy()
    {
        var estate = new HealthInputs(400, 380, 1, 2, 5, 2, 6, 8, 114, 120, 10, 3, 8, 12, 2);
        var result = HealthScore.Compute(estate, Options);
        Assert.Equal((70, HealthFactor.IncidentLoad), (result.Score, result.TopFactor));
        Assert.Equal(11.05, result.Penalties[HealthFactor.IncidentLoad]);
        Assert.Equal(5, result.Penalties[HealthFactor.GuardShortfall]);
        Assert.Equal(29.46, result.Penalties.Values.Sum(), 6);
    }

    [Fact]
    public void Any_penalty_of_half_a_point_keeps_the_score_below_one_hundred() =>
        Assert.Equal(99, HealthScore.Compute(Perfect with { OpenMinorIncidents = 1 }, Options).Score);

    [Fact]
    public void Weights_and_caps_are_configurable()
    {
        var options = new HealthOptions { GuardShortfall = new HealthWeight(40, 30) };
        Assert.Equal(20, HealthScore.Compute(Perfect with { GuardsOnDuty = 2 }, options).Penalties[HealthFactor.GuardShortfall]);
        Assert.Equal(30, HealthScore.Compute(Perfect with { GuardsOnDuty = 0 }, options).Penalties[HealthFactor.GuardShortfall]);
    }

    [Fact]
    public void More_guards_or_cameras_than_required_earn_no_bonus() =>
        Assert.Equal(100, HealthScore.Compute(Perfect with { GuardsOnDuty = 9, CamerasOnline = 60 }, Options).Score);

    [Fact]
    public void A_negative_figure_is_refused_naming_it() =>
        Assert.Equal("camerasOnline", Assert.Throws<ValidationException>(() =>
            HealthScore.Compute(Perfect with { CamerasOnline = -1 }, Options)).Field);
}
