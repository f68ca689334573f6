using Anju.Estates;
using Anju.Journal;
using Anju.Residency;

namespace Anju.Dwellings;

/// <summary>Persisted state of a dwelling grain (state name "dwelling"): every fact about one dwelling.</summary>
[GenerateSerializer, Alias("Anju.Dwellings.DwellingState")]
internal sealed class DwellingState : IVersionedState
{
    [Id(0)] public string EstateId { get; set; } = "";
    [Id(1)] public string DwellingId { get; set; } = "";
    [Id(2)] public double FloorArea { get; set; }
    [Id(3)] public OccupancyState State { get; set; }
    [Id(4)] public long Version { get; set; }
    [Id(5)] public List<OccupancyTransition> History { get; set; } = [];
    [Id(6)] public string GridId { get; set; } = "";
    [Id(7)] public DwellingAddress? Address { get; set; }
    [Id(8)] public Tenure Tenure { get; set; } = new(TenureType.PublicRental, null);
    [Id(9)] public Household? Household { get; set; }
    [Id(10)] public List<UsageInspection> Inspections { get; set; } = [];
    [Id(11)] public List<RentCharge> Charges { get; set; } = [];
    [Id(12)] public List<RentPayment> Payments { get; set; } = [];

    /// <summary>When the household's review cycle started (move-in or the last review); null when nobody lives here.</summary>
    [Id(13)] public DateOnly? LastReviewedOn { get; set; }
    [Id(14)] public DateOnly? ReviewReceivedOn { get; set; }
    [Id(15)] public List<DeductionEntry> Deductions { get; set; } = [];

    /// <summary>How many of the oldest occupancy transitions are in the <see cref="IOccupancyArchive"/> instead of
    /// <see cref="History"/>: the first entry of <see cref="History"/> is transition number <c>HistoryArchived</c>.</summary>
    [Id(16)] public int HistoryArchived { get; set; }

    /// <summary>The client command ids applied here within <see cref="DwellingOptions.CommandIdWindow"/>, newest first,
    /// recorded in the same journaled change as the command itself, so a retry after an ambiguous failure is recognised.</summary>
    [Id(17)] public List<CommandSeen> CommandsSeen { get; set; } = [];

    /// <summary>Exit-review triggers made here and not yet taken by the estate's book (<see cref="ExitReviewLink"/>).</summary>
    [Id(18)] public List<ExitReviewTrigger> ExitTriggers { get; set; } = [];

    /// <summary>True once created; a fresh activation of an unknown key has no estate.</summary>
    public bool Exists => EstateId.Length > 0;
}

/// <summary>A client command id a dwelling applied: which command it named, the version it made, the fingerprint of
/// what the command said (<see cref="CommandContent"/>; 0 when none was sent) and when it was applied (default for ids
/// recorded before the window was kept: they are stamped when next seen, and kept a window from then).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Dwellings.CommandSeen")]
internal sealed record CommandSeen(
    [property: Id(0)] string CommandId, [property: Id(1)] string Command, [property: Id(2)] long Version,
    [property: Id(3)] long Fingerprint = 0, [property: Id(4)] DateTimeOffset At = default);
