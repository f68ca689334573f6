using static Anju.Hosting.OptionsCheck;

namespace Anju.Contracts;

/// <summary>Limits on property-service contracts (configuration section "Contracts").</summary>
internal sealed class ContractOptions
{
    /// <summary>The lowest service grade a contract may have, as a grade number where 1 (一級) is the highest
    /// and 5 (五級) the lowest (default 4). §6.1: 物業服務標準不得低於《廣州市住宅物業服務收費參考標準》規定的四級標準
    /// — "not lower than grade 4", so grades 1–4 pass and 5 is refused.</summary>
    public int MinimumGrade { get; set; } = 4;

    /// <summary>Longest contract term in months (default 36). The policy gives no figure; three years is long
    /// enough for a company to invest in an estate and short enough that the tender (§6.1) and third-party
    /// assessment get a regular chance to replace a poor performer.</summary>
    public int MaxTermMonths { get; set; } = 36;

    /// <summary>The fewest candidates a tender draws from the company pool, the winner included (default 3). §6.1 asks
    /// for a tender from the pool but gives no figure; three is the usual floor for a competitive tender (招標投標法:
    /// fewer than three bidders means the tender is re-run).</summary>
    public int MinimumTenderCandidates { get; set; } = 3;

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() => First(
        Between("Contracts:MinimumGrade", MinimumGrade, 1, 5),
        Between("Contracts:MaxTermMonths", MaxTermMonths, 1, 240),
        Between("Contracts:MinimumTenderCandidates", MinimumTenderCandidates, 1, 100));
}
