using static Anju.Hosting.OptionsCheck;

namespace Anju.Residency;

/// <summary>Bounds on household records (configuration section "Households").</summary>
public sealed class HouseholdOptions
{
    /// <summary>The most residents one dwelling's household may record (default 20). The policy gives
    /// no figure; affordable dwellings are small flats, so a larger number is almost certainly a typing
    /// error, while 20 still leaves room for large extended families.</summary>
    public int MaxSize { get; set; } = 20;

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() => Between("Residency:Households:MaxSize", MaxSize, 1, 1_000);
}
