using Anju.Common;
using Anju.Estates;
using Anju.Security;
using Anju.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Anju.Tests.Grains;

/// <summary>Grain state holding lists made by C# collection expressions survives the JSON storage serializer
/// (it used to be written under compiler-private type names that could not be read back), and reading state
/// never writes into the shared defaults its properties start with.</summary>
[Collection(ClusterCollection.Name)]
public class StorageTypeBinderTests(ClusterFixture fixture)
{
    private IGrainStorageSerializer Json => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<IGrainStorageSerializer>();

    private static SecurityDeskState Desk(IReadOnlyList<StaffingRatio> ratios) => new()
    {
        Population = new PopulationReport(5, 26, new Dictionary<string, int> { ["Z1"] = 20 }),
        Policy = new StaffingPolicy(ratios, TimeSpan.FromMinutes(10)),
    };

    public static TheoryData<string> Shapes => ["single", "array", "spread"];

    private static IReadOnlyList<StaffingRatio> Ratios(string shape) => shape switch
    {
        "single" => [new StaffingRatio(null, null, 10)],
        "array" => [new StaffingRatio(null, null, 10), new StaffingRatio("Z1", ShiftPeriod.Night, 8)],
        _ => [.. Enumerable.Range(8, 3).Select(n => new StaffingRatio(null, null, n))],
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void A_collection_expression_list_in_state_round_trips(string shape)
    {
        var ratios = Ratios(shape);
        Assert.StartsWith("<>z__", ratios.GetType().Name); // the compiler's own type: what this guards against

        var data = Json.Serialize(Desk(ratios));
        var read = Json.Deserialize<SecurityDeskState>(data)!;

        Assert.DoesNotContain("<>z__", data.ToString(), StringComparison.Ordinal);
        Assert.Equal(ratios, read.Policy.Ratios);
        Assert.Equal(26, read.Population!.Residents);
        Assert.Empty(StaffingPolicy.Default.Ratios); // read into a new policy, not into the shared default a new desk starts with
    }

    [Fact]
    public void Rows_written_under_the_compiler_type_name_are_read_as_lists()
    {
        var data = Json.Serialize(Desk([new StaffingRatio(null, null, 10)])).ToString();
        var legacy = data.Replace("System.Collections.Generic.List`1[[Anju.Security.StaffingRatio, Anju.Grains.Interfaces]], System.Private.CoreLib",
            "<>z__ReadOnlySingleElementList`1[[Anju.Security.StaffingRatio, Anju.Grains.Interfaces]], Anju.Silo", StringComparison.Ordinal);
        Assert.NotEqual(data, legacy);

        var read = Json.Deserialize<SecurityDeskState>(new BinaryData(legacy))!;

        Assert.Equal([new StaffingRatio(null, null, 10)], read.Policy.Ratios);
    }

    [Fact]
    public void Other_types_are_left_to_the_inner_binder()
    {
        Assert.Null(StorageTypeBinder.ListFor(typeof(List<int>)));
        Assert.Null(StorageTypeBinder.ListFor(typeof(int[])));
        IReadOnlyList<int> made = [1, 2];
        Assert.Equal(typeof(List<int>), StorageTypeBinder.ListFor(made.GetType()));
    }
}
