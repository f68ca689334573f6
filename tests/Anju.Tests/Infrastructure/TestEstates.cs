using Anju.Estates;

namespace Anju.Tests.Infrastructure;

/// <summary>Builds test estates: registered, one grid "G1" holding one building "B1".</summary>
public static class TestEstates
{
    public static readonly RegisterEstate Profile = new("棠德花苑", "TH", "棠下街", 52_000);

    public static async Task<IEstateGrain> CreateAsync(IGrainFactory grains, string estateId, RegisterEstate? profile = null)
    {
        var estate = grains.GetGrain<IEstateGrain>(Keys.Estate(estateId));
        await estate.RegisterAsync(profile ?? Profile with { District = estateId[..2] });
        await estate.DefineGridAsync(new DefineGrid("G1", "第一網格", null));
        await estate.AddBuildingAsync(new AddBuilding("B1", "1棟", "G1", 30));
        return estate;
    }

    /// <summary>A dwelling in building B1; the number is derived from the id so ids stay unique.</summary>
    public static AddDwelling Dwelling(string dwellingId, double floorArea = 60, TenureType tenure = TenureType.PublicRental, string building = "B1") =>
        new(dwellingId, floorArea, building, 1, 1, dwellingId, tenure, tenure is TenureType.Economy or TenureType.LimitedPrice ? 0.7m : null);
}
