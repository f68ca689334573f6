using System.Text.RegularExpressions;
using Anju.Estates;

namespace Anju.Contracts;

/// <summary>Checks on the terms of a property-service contract (物業服務合同, §6.1).</summary>
internal static partial class ContractRules
{
    /// <summary>Service grades of the 《廣州市住宅物業服務收費參考標準》 run from 1 (一級, highest) to 5 (五級, lowest).</summary>
    public const int HighestGrade = 1;

    /// <summary>The lowest grade the reference standard has.</summary>
    public const int LowestGrade = 5;

    /// <summary>
    /// Validates <paramref name="terms"/> and returns them trimmed (credit code upper-cased): a company name and an
    /// 18-character unified social credit code of digits and capital letters; estate and optional zone ids; a grade
    /// of 1–5 no worse than <see cref="ContractOptions.MinimumGrade"/>; a fee above 0 (yuan/m²/month); a term whose
    /// last day is after its first and within <see cref="ContractOptions.MaxTermMonths"/>; and a tender, or any other
    /// selection method with an exemption reason (a tender carries none); a tender needs its record (candidates, day, reference),
    /// which another selection may carry too. Whether the company and the candidates are in the pool is the pool's check.
    /// </summary>
    /// <remarks>
    /// Grade reading: §6.1 says 物業服務標準不得低於……規定的四級標準 ("service not lower than grade 4 of the reference
    /// standard") and §6.2 repeats 原則上不低於四級標準. In the standard 一級 is the highest grade, so "not lower than
    /// grade 4" means a grade number of 4 or less.
    /// </remarks>
    public static PropertyContractTerms Validate(PropertyContractTerms terms, ContractOptions options)
    {
        if (terms is null)
        {
            throw new ValidationException("body", "Contract terms are required.");
        }

        var company = Company(terms.Company);
        var estateId = Common.Validate.Id("estateId", terms.EstateId);
        var zoneId = terms.ZoneId is null ? null : Common.Validate.Id("zoneId", terms.ZoneId);
        Grade(terms.ServiceGrade, options);
        if (terms.FeePerSquareMetre <= 0m)
        {
            throw new ValidationException("feePerSquareMetre", "feePerSquareMetre must be more than 0 yuan per m² per month.");
        }

        Term(terms.Term, options);
        var exemption = Selection(terms.Selection, terms.ExemptionReason);
        var tender = terms.Selection == SelectionMethod.Tender || terms.Tender is not null ? Pool.PoolRules.Tender(terms.Tender) : null;
        return terms with { Company = company, EstateId = estateId, ZoneId = zoneId, ExemptionReason = exemption, Tender = tender };
    }

    /// <summary>True when two sets of terms say the same (a record compares its tender's candidate list by identity).</summary>
    public static bool Same(PropertyContractTerms a, PropertyContractTerms b) =>
        a with { Tender = null } == b with { Tender = null } && Pool.PoolRules.Same(a.Tender, b.Tender);

    /// <summary>The zone a contract serves must be one of its estate's zones, or none for an undivided estate.</summary>
    public static void CheckZone(PropertyContractTerms terms, IReadOnlyCollection<ZoneInfo> zones)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.ZoneId is { } zoneId && !zones.Any(z => z.ZoneId == zoneId))
        {
            throw new ValidationException("zoneId", $"Zone '{zoneId}' is not defined in estate '{terms.EstateId}'.");
        }

        if (terms.ZoneId is null && zones.Count > 0)
        {
            throw new ValidationException("zoneId", $"Estate '{terms.EstateId}' is divided into zones: a contract serves one zone.");
        }
    }

    /// <summary>True when <paramref name="grade"/> meets the minimum: 1 (一級) up to <see cref="ContractOptions.MinimumGrade"/>.</summary>
    public static bool MeetsMinimumGrade(int grade, ContractOptions options) =>
        grade >= HighestGrade && grade <= Math.Min(LowestGrade, options.MinimumGrade);

    private static PropertyCompany Company(PropertyCompany? company)
    {
        if (company is null)
        {
            throw new ValidationException("company", "company is required.");
        }

        var name = Common.Validate.Text("company.name", company.Name);
        var code = company.CreditCode?.Trim().ToUpperInvariant() ?? "";
        return CreditCodePattern().IsMatch(code)
            ? new PropertyCompany(name, code)
            : throw new ValidationException("company.creditCode", "company.creditCode must be the 18-character unified social credit code (digits and capital letters).");
    }

    private static void Grade(int grade, ContractOptions options)
    {
        if (grade < HighestGrade || grade > LowestGrade)
        {
            throw new ValidationException("serviceGrade", $"serviceGrade must be {HighestGrade} (一級, highest) to {LowestGrade} (五級, lowest).");
        }

        if (!MeetsMinimumGrade(grade, options))
        {
            throw new ValidationException("serviceGrade", $"serviceGrade must be grade {options.MinimumGrade} or better (§6.1: not lower than grade {options.MinimumGrade}).");
        }
    }

    private static void Term(ContractTerm? term, ContractOptions options)
    {
        if (term is null)
        {
            throw new ValidationException("term", "term is required.");
        }

        if (term.End <= term.Start)
        {
            throw new ValidationException("term.end", "term.end must be after term.start.");
        }

        if (term.End >= term.Start.AddMonths(options.MaxTermMonths))
        {
            throw new ValidationException("term.end", $"A term may last at most {options.MaxTermMonths} months.");
        }
    }

    private static string? Selection(SelectionMethod method, string? exemptionReason)
    {
        if (!Enum.IsDefined(method))
        {
            throw new ValidationException("selection", $"selection must be one of {string.Join(", ", Enum.GetNames<SelectionMethod>())}.");
        }

        if (method == SelectionMethod.Tender)
        {
            return string.IsNullOrWhiteSpace(exemptionReason)
                ? null
                : throw new ValidationException("exemptionReason", "A tendered contract needs no exemption reason.");
        }

        return string.IsNullOrWhiteSpace(exemptionReason)
            ? throw new ValidationException("exemptionReason", $"§6.1 asks for a tender from the candidate pool; {method} needs an exemption reason.")
            : Common.Validate.Text("exemptionReason", exemptionReason, 500);
    }

    [GeneratedRegex("^[0-9A-Z]{18}$")]
    private static partial Regex CreditCodePattern();
}
