using Anju.Contracts;
using Anju.Errors;

namespace Anju.Tests.Rules;

public class ContractRulesTests
{
    private static readonly ContractOptions Options = new();

    internal static readonly PropertyContractTerms Valid = new(
        new PropertyCompany("廣州安居物業服務有限公司", "91440101MA59ABCD1X"),
        "TH-0001",
        null,
        3,
        1.6m,
        new ContractTerm(new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31)),
        SelectionMethod.Tender,
        null) { Tender = TestPool.Tender("91440101MA59ABCD1X") };

    private static string FieldOf(PropertyContractTerms terms, ContractOptions? options = null) =>
        Assert.Throws<ValidationException>(() => ContractRules.Validate(terms, options ?? Options)).Field;

    [Fact]
    public void Tendered_terms_at_grade_four_or_better_for_three_years_are_accepted()
    {
        Assert.Equal(Valid, ContractRules.Validate(Valid, Options));
        Assert.Equal(4, ContractRules.Validate(Valid with { ServiceGrade = 4 }, Options).ServiceGrade);
        Assert.Equal(1, ContractRules.Validate(Valid with { ServiceGrade = 1 }, Options).ServiceGrade);
    }

    [Fact]
    public void A_grade_below_the_minimum_is_refused_because_grade_one_is_the_highest() =>
        Assert.Equal("serviceGrade", FieldOf(Valid with { ServiceGrade = 5 }));

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void A_grade_outside_the_reference_standard_is_refused(int grade) =>
        Assert.Equal("serviceGrade", FieldOf(Valid with { ServiceGrade = grade }));

    [Fact]
    public void The_minimum_grade_is_configurable()
    {
        Assert.Equal("serviceGrade", FieldOf(Valid with { ServiceGrade = 4 }, new ContractOptions { MinimumGrade = 3 }));
        Assert.True(ContractRules.MeetsMinimumGrade(3, new ContractOptions { MinimumGrade = 3 }));
    }

    [Theory]
    [InlineData("9144010")]
    [InlineData("91440101MA59ABCD1X0")]
    [InlineData("91440101MA59ABC-1X")]
    [InlineData("")]
    public void A_credit_code_must_be_eighteen_digits_or_capital_letters(string code) =>
        Assert.Equal("company.creditCode", FieldOf(Valid with { Company = Valid.Company with { CreditCode = code } }));

    [Fact]
    public void Credit_code_and_names_are_normalised()
    {
        var terms = ContractRules.Validate(Valid with { Company = new PropertyCompany(" 安居物業 ", " 91440101ma59abcd1x ") }, Options);
        Assert.Equal(new PropertyCompany("安居物業", "91440101MA59ABCD1X"), terms.Company);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1.5)]
    public void The_fee_must_be_above_zero(double fee) =>
        Assert.Equal("feePerSquareMetre", FieldOf(Valid with { FeePerSquareMetre = (decimal)fee }));

    [Fact]
    public void The_term_must_end_after_it_starts_and_last_at_most_three_years()
    {
        var start = Valid.Term.Start;
        Assert.Equal("term.end", FieldOf(Valid with { Term = new ContractTerm(start, start) }));
        Assert.Equal("term.end", FieldOf(Valid with { Term = new ContractTerm(start, start.AddYears(3)) }));
        Assert.NotNull(ContractRules.Validate(Valid with { Term = new ContractTerm(start, start.AddYears(3).AddDays(-1)) }, Options));
        Assert.NotNull(ContractRules.Validate(Valid with { Term = new ContractTerm(start, start.AddYears(4).AddDays(-1)) }, new ContractOptions { MaxTermMonths = 48 }));
    }

    [Theory]
    [InlineData(SelectionMethod.DirectAppointment)]
    [InlineData(SelectionMethod.CompetitiveNegotiation)]
    public void Selection_other_than_tender_is_refused_without_an_exemption_reason(SelectionMethod method)
    {
        Assert.Equal("exemptionReason", FieldOf(Valid with { Selection = method }));
        var exempted = ContractRules.Validate(Valid with { Selection = method, ExemptionReason = " 原物業企業退出，應急接管 " }, Options);
        Assert.Equal("原物業企業退出，應急接管", exempted.ExemptionReason);
    }

    [Fact]
    public void A_tender_needs_no_exemption_reason() =>
        Assert.Equal("exemptionReason", FieldOf(Valid with { ExemptionReason = "why" }));

    [Fact]
    public void Missing_or_malformed_parts_name_their_field()
    {
        Assert.Equal("company.name", FieldOf(Valid with { Company = Valid.Company with { Name = "" } }));
        Assert.Equal("estateId", FieldOf(Valid with { EstateId = "no spaces" }));
        Assert.Equal("zoneId", FieldOf(Valid with { ZoneId = "" }));
        Assert.Equal("selection", FieldOf(Valid with { Selection = (SelectionMethod)9 }));
    }
}
