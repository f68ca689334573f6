using static Anju.Hosting.OptionsCheck;

namespace Anju.Residency;

/// <summary>When owed rent is chased and when it becomes serious (configuration section "RentArrears").
/// §3.2 gives rent chasing (租金催繳) to the third-party agency but no timings; these are defaults.</summary>
public sealed class RentArrearsOptions
{
    /// <summary>Whole months the oldest unpaid charge must be overdue before the agency chases it
    /// (default 1: a household that misses one due date gets a month to catch up on its own).</summary>
    public int ChaseAfterMonths { get; set; } = 1;

    /// <summary>Whole months overdue that make arrears serious (default 3: a quarter's rent, the point
    /// at which tenancy contracts commonly allow further action and the estate's health counts it).</summary>
    public int SeriousAfterMonths { get; set; } = 3;

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() => First(
        Between("Residency:Rent:ChaseAfterMonths", ChaseAfterMonths, 0, 120),
        Between("Residency:Rent:SeriousAfterMonths", SeriousAfterMonths, Math.Max(ChaseAfterMonths, 1), 120));
}
