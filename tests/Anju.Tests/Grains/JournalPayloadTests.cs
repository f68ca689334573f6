using Anju.Journal;
using Anju.Dwellings;
using Anju.Estates;
using Anju.Residency;
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

    /// <summary><see cref="State"/> with every enum a dwelling's state holds, in a list and in a nested record.</summary>
    private static DwellingState Rich()
    {
        var state = State();
        state.Version = 9;
        state.Address = new DwellingAddress("B1", 2, 3, "0301");
        state.Tenure = new Tenure(TenureType.LimitedPrice, 0.3m);
        state.Household = new Household(3, "Chen", SpecialGroups.LowIncome | SpecialGroups.Disability, SecondAddressRegistration.Pending);
        state.History.Add(new OccupancyTransition(OccupancyState.Allocated, OccupancyState.Occupied, OccupancyAction.MoveIn, "clerk", null, DateTimeOffset.UnixEpoch.AddDays(3)));
        state.Inspections = [new UsageInspection(DateTimeOffset.UnixEpoch.AddDays(40), "inspector", InspectionFinding.Idle, "lights off")];
        state.Charges = [new RentCharge(new DateOnly(2026, 1, 1), 512.5m)];
        state.Payments = [new RentPayment(new DateOnly(2026, 1, 3), 500m)];
        state.Deductions = [new DeductionEntry(DateTimeOffset.UnixEpoch.AddDays(41), 5, "IDLE", "inspector")];
        state.HistoryArchived = 4;
        return state;
    }

    /// <summary><see cref="Rich"/> as the binary format wrote it before the enums had generated codecs (an enum field
    /// was then written through its underlying type's codec). Rows in the journal outlive a deployment: a newer silo
    /// must read what an older one acknowledged.</summary>
    private const string RichBeforeEnumCodecs =
        "ASBAD1RILTAwMDFBDUEtMDEwMYEAAAAAAEBIQAkDCQElIQAFIegIAwEJAwUJAwFBC2NsZXJrQRl3YWl0aW5nIGxpc3QhgACAtff1f58IgQAAAAAAAAAA4OAg6AgDBQkDCQkDCcEbwQEhgADA8nZRgp8IgQAAAAAAAAAA4ODgQQVHMSHoQAVCMQEJAQ1BCTAzMDHgIegIAw1BIQAAAQAAAAAAAwAAAAAAAADgIegADUEJQ2hlbgkDGQkDBeAhAAMh6CCAAIA7mGSfnwiBAAAAAAAAAADgQRNpbnNwZWN0b3IJAwlBFWxpZ2h0cyBvZmbg4CEAAyHoYCBJCwBBIQAAAQAAAAAABRQAAAAAAADg4CEAAyHoYCJJCwBBIQAAAAAAAAAA9AEAAAAAAADg4GFbSQsAwQEhAAMh6CCAAEClwi2gnwiBAAAAAAAAAADgARVBCUlETEXBX+DgARHg";

    [Fact]
    public void Binary_rows_written_before_enums_had_generated_codecs_are_still_read()
    {
        var read = Payload().Read(Convert.FromBase64String(RichBeforeEnumCodecs))!;
        var expected = Rich();

        Assert.Equal((expected.EstateId, expected.DwellingId, expected.State, expected.Version, expected.HistoryArchived),
            (read.EstateId, read.DwellingId, read.State, read.Version, read.HistoryArchived));
        Assert.Equal((expected.Address, expected.Tenure, expected.Household), (read.Address, read.Tenure, read.Household));
        Assert.Equal(expected.History, read.History);
        Assert.Equal(expected.Inspections, read.Inspections);
        Assert.Equal(expected.Charges, read.Charges);
        Assert.Equal(expected.Payments, read.Payments);
        Assert.Equal(expected.Deductions, read.Deductions);
        Assert.Equal(expected.LastReviewedOn, read.LastReviewedOn);
    }

    [Fact]
    public void A_rich_state_round_trips_in_the_binary_format()
    {
        var payload = Payload();

        var read = payload.Read(payload.Write(Rich()))!;

        Assert.Equal((Rich().Household, Rich().Tenure), (read.Household, read.Tenure));
        Assert.Equal(Rich().History, read.History);
        Assert.Equal(Rich().Inspections, read.Inspections);
        Assert.Equal(Rich().Deductions, read.Deductions);
    }

    [Fact]
    public void Command_ids_survive_the_journal_and_the_snapshot_format()
    {
        var state = Rich();
        state.CommandsSeen = [new CommandSeen("pay-2", "rent-payment", 9), new CommandSeen("pay-1", "rent-payment", 8)];
        var json = Silo.GetRequiredService<IGrainStorageSerializer>();

        var fromJournal = Payload().Read(Payload().Write(state))!;
        var fromSnapshot = json.Deserialize<DwellingState>(json.Serialize(state))!;

        Assert.Equal(state.CommandsSeen, fromJournal.CommandsSeen);
        Assert.Equal(state.CommandsSeen, fromSnapshot.CommandsSeen);
        Assert.Empty(Payload().Read(Convert.FromBase64String(RichBeforeEnumCodecs))!.CommandsSeen); // rows from before know none
    }

    [Fact]
    public void An_unknown_format_is_refused_not_guessed()
    {
        Assert.Throws<InvalidOperationException>(() => Payload().Read(new byte[] { 9, 1, 2 }));
        Assert.Throws<InvalidOperationException>(() => Payload().Read(Array.Empty<byte>()));
    }
}

