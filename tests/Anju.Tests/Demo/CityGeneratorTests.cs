using Anju.Demo.City;
using Anju.Silo.Import;

namespace Anju.Tests.Demo;

/// <summary>The demo city generator: deterministic, the size asked for, and a file the silo's import accepts.</summary>
public sealed class CityGeneratorTests
{
    private static readonly DateOnly AsOf = new(2026, 5, 1);

    private static async Task<(byte[] Csv, CityStats Stats)> GenerateAsync(int estates, int dwellings, int seed)
    {
        using var buffer = new MemoryStream();
        var stats = await CityCsv.WriteAsync(buffer, CityGenerator.Rows(new CityOptions(estates, dwellings, seed, AsOf)), CancellationToken.None);
        return (buffer.ToArray(), stats);
    }

    [Fact]
    public async Task The_same_seed_gives_a_byte_identical_file_and_another_seed_another()
    {
        var first = await GenerateAsync(6, 3_000, 2014);
        var again = await GenerateAsync(6, 3_000, 2014);
        var other = await GenerateAsync(6, 3_000, 2015);

        Assert.Equal(first.Csv, again.Csv);
        Assert.NotEqual(first.Csv, other.Csv);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 2_500)]
    [InlineData(11, 20_000)]
    public async Task The_city_has_the_estates_and_dwellings_asked_for(int estates, int dwellings)
    {
        var (csv, stats) = await GenerateAsync(estates, dwellings, 7);

        Assert.Equal((estates, dwellings), (stats.Estates, stats.Dwellings));
        Assert.Equal(dwellings + 1, csv.Count(b => b == (byte)'\n'));
    }

    [Fact]
    public void Estate_sizes_vary_within_bounds_and_add_up()
    {
        var sizes = EstateSizes.Split(new Random(2014), 100, 150_000);

        Assert.Equal(150_000, sizes.Sum());
        Assert.All(sizes, s => Assert.InRange(s, 300, 4_000));
        Assert.True(sizes.Max() > 3 * sizes.Min(), "sizes should vary");
    }

    [Fact]
    public async Task A_generated_city_passes_every_import_check_and_zones_its_largest_estates()
    {
        var (csv, stats) = await GenerateAsync(3, 10_000, 2014);
        using var stream = new MemoryStream(csv);

        var (plan, errors) = await CsvImportReader.ReadAsync(stream);
        errors.AddRange(ImportRules.Check(plan, new Dictionary<string, StoredEstate>(), ImportRuleOptions.Default, new DateTimeOffset(AsOf, TimeOnly.MinValue, TimeSpan.Zero)));

        Assert.Empty(errors);
        Assert.Equal(new ImportResult(stats.Estates, stats.Zones, stats.Grids, stats.Buildings, stats.Dwellings, 0), plan.Result(0));
        Assert.InRange(stats.Zones, 2, 9);
        var gridSizes = plan.Estates.Values.SelectMany(e => e.Dwellings.Values.GroupBy(d => e.Buildings[d.Command.BuildingId].Command.GridId, g => g));
        Assert.All(gridSizes, grid => Assert.InRange(grid.Count(), 150, 250)); // about 200 households a grid (§4.3)
    }
}
