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

    /// <summary>Polls until <paramref name="done"/> holds (rollups travel up asynchronously); fails after 10 s.</summary>
    public static Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done) => EventuallyAsync(read, done, TimeSpan.FromSeconds(10));

    /// <summary>Polls until <paramref name="done"/> holds and returns the value that met it; fails, showing the last value
    /// read, once <paramref name="timeout"/> passes. (It used to hand back the last value silently, and a test that
    /// forgot to assert on it could not fail.)</summary>
    public static async Task<T> EventuallyAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var value = await read();
        while (!done(value))
        {
            if (DateTime.UtcNow >= deadline)
            {
                Assert.Fail($"Not reached within {timeout}; last read: {Describe(value)}");
            }

            await Task.Delay(25);
            value = await read();
        }

        return value;
    }

    private static string Describe<T>(T value) =>
        value is System.Collections.IEnumerable list and not string
            ? $"[{string.Join(", ", list.Cast<object?>().Take(20))}]"
            : value?.ToString() ?? "null";
}
