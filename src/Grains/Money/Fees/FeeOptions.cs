namespace Anju.Money;

/// <summary>
/// Property-service fee billing (configuration section "Fees", §6.2). The standards per grade are placeholders: set them
/// to the current 《廣州市住宅物業服務收費參考標準》 (docs/fees.md). The shares of subsidised households are the city's
/// subsidy scheme (the policy leaves the figure to the housing office: 具體補貼方案由市住房保障部門牽頭制訂).
/// </summary>
public sealed class FeeOptions
{
    /// <summary>The most any standard may be, in yuan per m² per month (a guard against a mistyped setting).</summary>
    public const decimal MaxStandard = 100m;

    /// <summary>The reference standard's fee in yuan per m² of floor area per month for each grade, 1 (一級, highest) to
    /// 5 (五級, lowest) (<c>Fees:Standards:{grade}</c>).</summary>
    public Dictionary<int, decimal> Standards { get; set; } = new()
    {
        [1] = 2.50m,
        [2] = 2.00m,
        [3] = 1.60m,
        [4] = 1.20m,
        [5] = 0.80m,
    };

    /// <summary>The share of the fee a 低保 household (minimum living allowance) pays, 0–1 (default 0.5); the
    /// government pays the rest to the company once the household has paid.</summary>
    public decimal MinimumLivingAllowanceShare { get; set; } = 0.5m;

    /// <summary>The share of the fee a low-income (低收入) household pays, 0–1 (default 0.7). A household in both groups
    /// pays the lower share.</summary>
    public decimal LowIncomeShare { get; set; } = 0.7m;

    /// <summary>Whether a dwelling nobody lives in is billed to its owner (the housing office, 產權單位) in full
    /// (default true); when false it has no line.</summary>
    public bool BillVacantToOwner { get; set; } = true;

    /// <summary>How many dwellings the monthly run reads at once (default 32).</summary>
    public int RunConcurrency { get; set; } = 32;

    /// <summary>The standard of a grade; a grade without one is a validation error naming <c>serviceGrade</c>.</summary>
    public decimal StandardOf(int grade) =>
        Standards.TryGetValue(grade, out var standard)
            ? standard
            : throw new ValidationException("serviceGrade", $"No fee standard is configured for grade {grade} (Fees:Standards:{grade}).");

    /// <summary>Why the options are unusable, or null when they are fine.</summary>
    public string? Problem() =>
        Standards.Count == 0 ? "Fees:Standards must give a standard for each grade."
        : Standards.FirstOrDefault(s => s.Key is < 1 or > 5 || s.Value <= 0m || s.Value > MaxStandard || decimal.Round(s.Value, 2) != s.Value) is { Key: not 0 } bad
            ? $"Fees:Standards:{bad.Key} must be a grade 1–5 with a standard above 0 and at most {MaxStandard} yuan, in fen."
        : MinimumLivingAllowanceShare is < 0m or > 1m ? "Fees:MinimumLivingAllowanceShare must be between 0 and 1."
        : LowIncomeShare is < 0m or > 1m ? "Fees:LowIncomeShare must be between 0 and 1."
        : RunConcurrency is < 1 or > 256 ? "Fees:RunConcurrency must be between 1 and 256."
        : null;
}
