using Anju.Contracts;
using Anju.Contracts.Pool;
using Anju.Errors;

namespace Anju.Tests.Rules;

public class PoolRulesTests
{
    private static readonly string[] Codes = ["91440101MA59ABCD1X", "91440106MA5CEFGH2Y", "91440106MA5CABCD1X", "91440101MA59POOL1A"];

    private static readonly DateTimeOffset Since = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static Dictionary<string, PoolCompany> Pool(PoolStanding last = PoolStanding.Admitted) =>
        Codes.Select((c, n) => new PoolCompany(new PropertyCompany($"物業{n}", c), n == Codes.Length - 1 ? last : PoolStanding.Admitted, Since, "t"))
            .ToDictionary(c => c.Company.CreditCode);

    private static PropertyCompany Winner => new("物業0", Codes[0]);

    private static string FieldOf(Action check) => Assert.Throws<ValidationException>(check).Field;

    [Fact]
    public void Three_admitted_candidates_with_the_winner_among_them_pass()
    {
        PoolRules.CheckTender(Pool(), Winner, new TenderRecord([.. Codes[..3]], new DateOnly(2025, 12, 1), "ZB-1"), 3);
    }

    [Fact]
    public void Too_few_outsiders_suspended_and_missing_winners_are_refused_by_field()
    {
        var day = new DateOnly(2025, 12, 1);
        Assert.Equal("tender.candidates", FieldOf(() => PoolRules.CheckTender(Pool(), Winner, new TenderRecord([.. Codes[..2]], day, "ZB"), 3)));
        Assert.Equal("tender.candidates", FieldOf(() => PoolRules.CheckTender(Pool(), Winner, new TenderRecord([Codes[0], Codes[1], "91440101MA59NOTIN9"], day, "ZB"), 3)));
        Assert.Equal("tender.candidates", FieldOf(() => PoolRules.CheckTender(Pool(PoolStanding.Suspended), Winner, new TenderRecord([Codes[0], Codes[1], Codes[3]], day, "ZB"), 3)));
        Assert.Equal("tender.candidates", FieldOf(() => PoolRules.CheckTender(Pool(), Winner, new TenderRecord([Codes[0], Codes[0], Codes[1]], day, "ZB"), 3)));
        Assert.Equal("tender.candidates", FieldOf(() => PoolRules.CheckTender(Pool(), Winner, new TenderRecord([Codes[0], null!, Codes[1]], day, "ZB"), 3)));
        Assert.Equal("company.creditCode", FieldOf(() => PoolRules.CheckTender(Pool(), Winner, new TenderRecord([.. Codes[1..4]], day, "ZB"), 3)));
        Assert.Equal("tender.decidedOn", FieldOf(() => PoolRules.CheckTender(Pool(), Winner, new TenderRecord([.. Codes[..3]], new DateOnly(1, 1, 1), "ZB"), 3)));
        Assert.Equal("tender.reference", FieldOf(() => PoolRules.CheckTender(Pool(), Winner, new TenderRecord([.. Codes[..3]], day, " "), 3)));
        Assert.Equal("tender", FieldOf(() => PoolRules.Tender(null)));
    }

    [Fact]
    public void The_ranking_puts_the_lowest_score_first_and_leaves_ended_contracts_out()
    {
        ContractScoreLine Line(string id, decimal score, ContractStatus status = ContractStatus.Active) =>
            new(id, Codes[0], "物業0", "TH-0001", null, "2026-06", score, score < 75, ScoreFactor.None, 1) { Status = status };
        var lines = new[] { Line("HT-B", 90), Line("HT-A", 60), Line("HT-C", 60), Line("HT-D", 10, ContractStatus.Terminated) };

        Assert.Equal(["HT-A", "HT-C", "HT-B"], PoolRules.Ranking(lines).Select(l => l.ContractId));
        var company = PoolRules.CompanyView(Pool()[Codes[0]], lines);
        Assert.Equal(70m, company.MeanScore);
        Assert.Equal("HT-D", company.Contracts[^1].ContractId);
    }
}
