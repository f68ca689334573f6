using Anju.Demo.Api;

namespace Anju.Demo.Driving;

/// <summary>A household for a dwelling the driver allocates: so moved-in homes have residents, as onboarded ones do.</summary>
public static class HouseholdDraw
{
    private static readonly WeightedChoice<int> Sizes = new((1, 16), (2, 24), (3, 30), (4, 18), (5, 8), (6, 4));

    /// <summary>Drawn on the pacing loop (the seeded random is not shared with sends).</summary>
    public static HouseholdChange Next(Random random)
    {
        var size = Sizes.Pick(random);
        List<string> groups = [];
        if (random.NextDouble() < 0.05)
        {
            groups.Add(nameof(SpecialGroups.MinimumLivingAllowance));
        }

        if (size == 1 && random.NextDouble() < 0.25)
        {
            groups.Add(nameof(SpecialGroups.ElderlyLivingAlone));
        }

        return new HouseholdChange(size, $"H-D{random.Next(1_000_000):D6}", groups, nameof(SecondAddressRegistration.Pending));
    }
}
