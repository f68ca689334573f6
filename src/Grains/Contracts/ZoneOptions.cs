using static Anju.Hosting.OptionsCheck;

namespace Anju.Contracts;

/// <summary>Service zones (物業服務區域, §6.3) (configuration section "Zones"). Zones belong here, with the
/// contracts: they exist to divide an estate between property-service contracts.</summary>
public sealed class ZoneOptions
{
    /// <summary>An estate may be split into zones only when its floor area exceeds this many m² (default
    /// 200,000: §6.3, 超過20萬平方米的新建保障性住房小區).</summary>
    public double MinimumEstateArea { get; set; } = 200_000;

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() => Between("Zones:MinimumEstateArea", MinimumEstateArea, 1, 100_000_000);
}
