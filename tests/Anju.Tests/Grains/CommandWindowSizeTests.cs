using Anju.Dwellings;
using Anju.Journal;
using Anju.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using Xunit.Abstractions;

namespace Anju.Tests.Grains;

/// <summary>What the idempotency window costs a dwelling: the journaled state (what every change writes and what the
/// silo holds) with no ids, a day's handful, and the old fixed 16, measured in the binary journal format.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CommandWindowSizeTests(ClusterFixture fixture, ITestOutputHelper output)
{
    private IServiceProvider Silo => fixture.Cluster.Silos[0].ServiceProvider;

    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private int Size(int ids)
    {
        var payload = new JournalPayload<DwellingState>(Silo.GetRequiredService<Serializer<DwellingState>>(), Silo.GetRequiredService<IGrainStorageSerializer>());
        var state = new DwellingState
        {
            EstateId = "TH-0001", DwellingId = "A-0101", FloorArea = 48.5, State = OccupancyState.Occupied, Version = 7, GridId = "G1",
            CommandsSeen = [.. Enumerable.Range(0, ids).Select(i => new CommandSeen(Guid.NewGuid().ToString(), "rent-payment", 100 + i, long.MaxValue - i, Now.AddMinutes(-i)))],
        };
        return payload.Write(state).Length;
    }

    [Fact]
    public void Each_remembered_id_costs_a_bounded_few_dozen_bytes()
    {
        var none = Size(0);
        var (five, sixteen, most) = (Size(5), Size(16), Size(256));
        output.WriteLine($"dwelling state in the journal: no ids {none} B, 5 ids {five} B, 16 ids {sixteen} B, 256 ids (the bound) {most} B; per id {(sixteen - none) / 16.0:0} B");

        Assert.InRange((sixteen - none) / 16.0, 20, 120);
    }
}
