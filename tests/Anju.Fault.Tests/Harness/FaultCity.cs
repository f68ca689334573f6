using Anju.Estates;
using Microsoft.Extensions.Configuration;

namespace Anju.Fault.Tests.Harness;

/// <summary>One estate for a fault run: a grid, a building, and dwellings D-01… created by an in-process silo of the
/// same Orleans service under a cluster id of its own, which then stops cleanly, so the silos under test start on a
/// database that already holds the estate.</summary>
public static class FaultCity
{
    public static async Task<(string EstateId, IReadOnlyList<string> Dwellings)> SeedAsync(string connectionString, string service, int dwellings)
    {
        var estateId = Fresh.EstateId();
        var ids = Enumerable.Range(1, dwellings).Select(i => $"D-{i:D2}").ToList();
        await using var silo = await RunningSilo.StartAsync(connectionString, service, b => b.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Orleans:ClusterId"] = service + "-seed" }));
        var estate = silo.Grains.GetGrain<IEstateGrain>(Keys.Estate(estateId));
        await estate.RegisterAsync(new RegisterEstate("故障演練苑", "TH", "棠下街", 10_000));
        await estate.DefineGridAsync(new DefineGrid("G1", "第一網格", null));
        await estate.AddBuildingAsync(new AddBuilding("B1", "1棟", "G1", 30));
        await estate.AddDwellingsAsync([.. ids.Select((id, i) => new AddDwelling(id, 60, "B1", 1 + (i % 8), 1 + (i / 8 % 30), id, TenureType.PublicRental, null))]);
        return (estateId, ids);
    }
}
