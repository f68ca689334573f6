using System.Net.Http.Json;
using Anju.Demo.Api;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Demo;

/// <summary>The demo client's batcher on a real silo and PostgreSQL: concurrent dwelling commands go out in few
/// <c>POST /api/dwellings/commands</c> requests and each caller gets its own answer, shaped as the single endpoint's.</summary>
[Collection(PostgresCollection.Name)]
public sealed class DwellingCommandBatcherTests(SiloFixture fixture)
{
    private readonly RunningSilo _silo = fixture.Silo;

    [Fact]
    public async Task Concurrent_commands_share_requests_and_each_caller_gets_its_own_answer()
    {
        var estate = Fresh.EstateId();
        var grain = await TestEstates.CreateAsync(_silo.Grains, estate);
        const int dwellings = 40;
        for (var i = 0; i < dwellings; i++)
        {
            await grain.AddDwellingAsync(TestEstates.Dwelling($"D-{i:D2}"));
        }

        using var session = DemoSessions.Operator(_silo);
        using var api = new AnjuApi(_silo.BaseAddress, 4, session);
        await using var batcher = new DwellingCommandBatcher(api, TimeSpan.FromMilliseconds(50));
        api.Batcher = batcher;
        var requestsBefore = api.Requests;

        var allocations = await Task.WhenAll(Enumerable.Range(0, dwellings).Select(i =>
            api.ChangeOccupancyAsync(estate, $"D-{i:D2}", new OccupancyChange(OccupancyAction.Allocate, null), CancellationToken.None)));
        var illegal = await api.ChangeOccupancyAsync(estate, "D-00", new OccupancyChange(OccupancyAction.CompleteExit, null), CancellationToken.None);
        var missing = await api.ReceiveAnnualReviewAsync(estate, "D-99", new AnnualReviewReceived(DateOnly.FromDateTime(DateTime.UtcNow)), CancellationToken.None);

        Assert.All(allocations, a => Assert.Equal((true, OccupancyState.Allocated, 2L), (a.IsSuccess, a.Value!.State, a.Value.Version)));
        Assert.Equal(Enumerable.Range(0, dwellings).Select(i => $"D-{i:D2}"), allocations.Select(a => a.Value!.DwellingId));
        Assert.True(illegal.IsConflict, illegal.ToString());
        Assert.True(missing.IsNotFound, missing.ToString());
        Assert.True(api.Requests - requestsBefore <= 6, $"{api.Requests - requestsBefore} requests for {dwellings + 2} commands");
        Assert.Equal(api.Requests - requestsBefore, batcher.Batches);
        var stored = await _silo.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/estates/{estate}/dwellings/D-07");
        Assert.Equal("Allocated", stored.GetProperty("state").GetString());
    }
}
