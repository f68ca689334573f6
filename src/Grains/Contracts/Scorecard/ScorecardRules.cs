using System.Globalization;
using Anju.Common;

namespace Anju.Contracts.Scorecard;

/// <summary>Checks on what the housing office enters into a scorecard: periods, assessments and breach deductions.</summary>
internal static class ScorecardRules
{
    /// <summary>The largest breach deduction taken, in yuan: a typing slip, not a deduction.</summary>
    public const decimal MostDeduction = 100_000_000m;

    /// <summary>A period, <c>yyyy-MM</c>, in 2000–2100.</summary>
    public static string Period(string field, string? value)
    {
        var text = value?.Trim() ?? "";
        return text.Length == 7 && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && d.Year is >= 2000 and <= 2100
            ? text
            : throw new ValidationException(field, $"{field} must be a month, yyyy-MM, between 2000 and 2100.");
    }

    public static ContractAssessment Assessment(ContractAssessment? a)
    {
        if (a is null)
        {
            throw new ValidationException("body", "An assessment is required.");
        }

        var period = Period("period", a.Period);
        if (a.Score is < 0 or > 100 || decimal.Round(a.Score, 2) != a.Score)
        {
            throw new ValidationException("score", "score must be 0 to 100, with at most two decimals.");
        }

        if (a.AssessedOn.Year is < 2000 or > 2100)
        {
            throw new ValidationException("assessedOn", "assessedOn must be a day between 2000 and 2100.");
        }

        return a with
        {
            Period = period,
            Assessor = Validate.Text("assessor", a.Assessor, 200),
            EvidenceRef = Validate.Text("evidenceRef", a.EvidenceRef, 200),
        };
    }

    public static BreachDeduction Deduction(BreachDeduction? d)
    {
        if (d is null)
        {
            throw new ValidationException("body", "A deduction is required.");
        }

        var id = Validate.Id("deductionId", d.DeductionId);
        var period = Period("period", d.Period);
        if (d.Amount <= 0 || d.Amount > MostDeduction || decimal.Round(d.Amount, 2) != d.Amount)
        {
            throw new ValidationException("amount", $"amount must be more than 0 and at most {MostDeduction} yuan, with at most two decimals (fen).");
        }

        return d with
        {
            DeductionId = id,
            Period = period,
            Reason = Validate.Text("reason", d.Reason, 500),
            Reference = string.IsNullOrWhiteSpace(d.Reference) ? null : Validate.Id("reference", d.Reference),
        };
    }

    /// <summary>True when two entries say the same (who recorded them and when aside).</summary>
    public static bool Same(ContractAssessment a, ContractAssessment b) =>
        a with { RecordedBy = null, RecordedAt = null } == b with { RecordedBy = null, RecordedAt = null };

    public static bool Same(BreachDeduction a, BreachDeduction b) =>
        a with { RecordedBy = null, RecordedAt = null } == b with { RecordedBy = null, RecordedAt = null };
}
