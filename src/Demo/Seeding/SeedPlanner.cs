using Anju.Demo.Api;
using Anju.Demo.Guangzhou;

namespace Anju.Demo.Seeding;

/// <summary>
/// Builds the whole plan from one <see cref="Random"/> before anything is sent, so the data is
/// the same for the same seed however the requests are later interleaved.
/// </summary>
public static class SeedPlanner
{
    public static SeedPlan Create(SeedOptions options)
    {
        var random = new Random(options.Seed);
        var names = new NameGenerator(random);
        var estates = new List<EstatePlan>(options.Estates);
        for (var index = 0; index < options.Estates; index++)
        {
            var (district, estateId) = EstateIds.At(index);
            var registration = new EstateRegistration(
                estateId,
                names.Next(district),
                district.Code,
                district.Streets[random.Next(district.Streets.Count)],
                FloorArea: random.Next(2_000, 30_001) * 10);
            estates.Add(new EstatePlan(registration, DwellingLayout.Create(random, options.DwellingsPerEstate)));
        }

        return new SeedPlan(estates);
    }
}
