using Anju.Common.Journal;
using Anju.Dwellings;
using Anju.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace Anju.Tests.Grains;

/// <summary>Journal rows: the binary format round-trips a dwelling's whole state, and rows written in the
/// earlier JSON format (the storage serializer's) are still read.</summary>
[Collection(ClusterCollection.Name)]
public class JournalPayloadTests(ClusterFixture fixture)
{
    private IServiceProvider Silo => fixture.Cluster.Silos[0].ServiceProvider;

    private JournalPayload<DwellingState> Payload() =>
        new(Silo.GetRequiredService<Serializer<DwellingState>>(), Silo.GetRequiredService<IGrainStorageSerializer>());

    private static DwellingState State() => new()
    {
        EstateId = "TH-0001",
        DwellingId = "A-0101",
        FloorArea = 48.5,
        State = OccupancyState.Occupied,
        Version = 7,
        GridId = "G1",
        History = [new OccupancyTransition(OccupancyState.Vacant, OccupancyState.Allocated, OccupancyAction.Allocate, "clerk", "waiting list", DateTimeOffset.UnixEpoch)],
        LastReviewedOn = new DateOnly(2026, 3, 1),
    };

    [Fact]
    public void Binary_rows_start_with_their_format_byte_and_round_trip()
    {
        var payload = Payload();
        var bytes = payload.Write(State());

        Assert.Equal(JournalPayload<DwellingState>.Binary, bytes.Span[0]);
        var read = payload.Read(bytes)!;
        Assert.Equal(("TH-0001", "A-0101", 48.5, OccupancyState.Occupied, 7L, "G1"),
            (read.EstateId, read.DwellingId, read.FloorArea, read.State, read.Version, read.GridId));
        Assert.Equal(State().History, read.History);
        Assert.Equal(new DateOnly(2026, 3, 1), read.LastReviewedOn);
    }

    [Fact]
    public void Rows_in_the_earlier_json_format_are_still_read()
    {
        var json = Silo.GetRequiredService<IGrainStorageSerializer>().Serialize(State()).ToArray();

        var read = Payload().Read(json)!;

        Assert.Equal((7L, OccupancyState.Occupied), (read.Version, read.State));
        Assert.Equal(State().History, read.History);
    }

    [Fact]
    public void An_unknown_format_is_refused_not_guessed()
    {
        Assert.Throws<InvalidOperationException>(() => Payload().Read(new byte[] { 9, 1, 2 }));
        Assert.Throws<InvalidOperationException>(() => Payload().Read(Array.Empty<byte>()));
    }
}

