using System.Text.RegularExpressions;
using Anju.Common;

namespace Anju.Contracts.Pool;

/// <summary>The company pool's rules (物業服務企業備選庫, §6.1): admission, standing, the tender check and the ranking.</summary>
internal static partial class PoolRules
{
    /// <summary>A company to admit, trimmed (credit code upper-cased): a name and an 18-character unified social credit code.</summary>
    public static PropertyCompany Company(PropertyCompany? company)
    {
        if (company is null)
        {
            throw new ValidationException("company", "company is required.");
        }

        return new PropertyCompany(Validate.Text("company.name", company.Name), Code("company.creditCode", company.CreditCode));
    }

    /// <summary>An 18-character unified social credit code of digits and capital letters, upper-cased.</summary>
    public static string Code(string field, string? code)
    {
        var text = code?.Trim().ToUpperInvariant() ?? "";
        return CreditCodePattern().IsMatch(text) ? text
            : throw new ValidationException(field, $"{field} must be the 18-character unified social credit code (digits and capital letters).");
    }

    /// <summary>A tender's record, trimmed: candidates (no nulls, no duplicates), the day decided (2000–2100) and its reference.</summary>
    public static TenderRecord Tender(TenderRecord? tender)
    {
        if (tender is null)
        {
            throw new ValidationException("tender", "A tendered contract needs its tender: candidates, decidedOn and reference.");
        }

        if (tender.CandidateCodes is null || tender.CandidateCodes.Any(c => c is null))
        {
            throw new ValidationException("tender.candidates", "tender.candidates must be a list of credit codes, without nulls.");
        }

        var codes = tender.CandidateCodes.Select(c => Code("tender.candidates", c)).ToList();
        if (codes.Distinct(StringComparer.Ordinal).Count() != codes.Count)
        {
            throw new ValidationException("tender.candidates", "tender.candidates names a company twice.");
        }

        if (tender.DecidedOn.Year is < 2000 or > 2100)
        {
            throw new ValidationException("tender.decidedOn", "tender.decidedOn must be a day between 2000 and 2100.");
        }

        var reference = Validate.Text("tender.reference", tender.Reference, 200);
        return codes.SequenceEqual(tender.CandidateCodes, StringComparer.Ordinal) && reference == tender.Reference
            ? tender
            : new TenderRecord(codes, tender.DecidedOn, reference);
    }

    /// <summary>True when two tender records say the same (the candidates compared in order, not by list identity).</summary>
    public static bool Same(TenderRecord? a, TenderRecord? b) =>
        a is null || b is null ? a is null && b is null
        : a.DecidedOn == b.DecidedOn && a.Reference == b.Reference && a.CandidateCodes.SequenceEqual(b.CandidateCodes, StringComparer.Ordinal);

    /// <summary>Checks a tender against the pool: at least <paramref name="minimum"/> candidates, every one admitted,
    /// the winner among them.</summary>
    public static void CheckTender(IReadOnlyDictionary<string, PoolCompany> pool, PropertyCompany winner, TenderRecord tender, int minimum)
    {
        var valid = Tender(tender);
        var code = Code("company.creditCode", winner?.CreditCode);
        if (valid.CandidateCodes.Count < minimum)
        {
            throw new ValidationException("tender.candidates", $"A tender draws at least {minimum} candidates from the pool; this one has {valid.CandidateCodes.Count}.");
        }

        if (valid.CandidateCodes.FirstOrDefault(c => !Admitted(pool, c)) is { } outside)
        {
            throw new ValidationException("tender.candidates", $"Candidate {outside} is not admitted to the company pool.");
        }

        if (!valid.CandidateCodes.Contains(code))
        {
            throw new ValidationException("company.creditCode", $"The winner {code} is not among the tender's candidates.");
        }
    }

    public static bool Admitted(IReadOnlyDictionary<string, PoolCompany> pool, string code) =>
        pool.TryGetValue(code, out var c) && c.Standing == PoolStanding.Admitted;

    /// <summary>A contract still counts in the ranking until it is terminated or expired.</summary>
    public static bool Ranked(ContractScoreLine line) => line.Status is not (ContractStatus.Terminated or ContractStatus.Expired);

    /// <summary>The ranking: lowest score first (the ones to act on lead), then by contract id.</summary>
    public static IReadOnlyList<ContractScoreLine> Ranking(IEnumerable<ContractScoreLine> lines) =>
        [.. lines.Where(Ranked).OrderBy(l => l.Score).ThenBy(l => l.ContractId, StringComparer.Ordinal)];

    /// <summary>A company with its contracts (ranked ones first, lowest score first) and the mean of its ranked contracts' scores.</summary>
    public static PoolCompanyView CompanyView(PoolCompany company, IEnumerable<ContractScoreLine> lines)
    {
        var own = lines.Where(l => l.CreditCode == company.Company.CreditCode).ToList();
        var ranked = Ranking(own);
        decimal? mean = ranked.Count == 0 ? null : Math.Round(ranked.Average(l => l.Score), 2, MidpointRounding.AwayFromZero);
        return new PoolCompanyView(company, [.. ranked, .. own.Where(l => !Ranked(l)).OrderBy(l => l.ContractId, StringComparer.Ordinal)], mean);
    }

    [GeneratedRegex("^[0-9A-Z]{18}$")]
    private static partial Regex CreditCodePattern();
}
