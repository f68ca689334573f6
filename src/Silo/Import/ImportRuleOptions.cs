using Anju.Contracts;
using Anju.Residency;

namespace Anju.Silo.Import;

/// <summary>The grains' own options that their rules take, so a file is checked exactly as the grains would check it.</summary>
public sealed record ImportRuleOptions(ZoneOptions Zones, HouseholdOptions Households)
{
    public static ImportRuleOptions Default { get; } = new(new ZoneOptions(), new HouseholdOptions());
}
