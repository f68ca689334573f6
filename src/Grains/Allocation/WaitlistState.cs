namespace Anju.Allocation;

/// <summary>Persisted state of a waiting list (state name "waitlist"): its applications, public lists (the current one
/// last), exceptions and allocations.</summary>
[GenerateSerializer, Alias("Anju.Allocation.WaitlistState")]
internal sealed class WaitlistState
{
    [Id(0)] public List<Application> Applications { get; set; } = [];

    [Id(1)] public List<PublicList> Lists { get; set; } = [];

    [Id(2)] public List<AllocationException> Exceptions { get; set; } = [];

    [Id(3)] public List<AllocationRecord> Allocations { get; set; } = [];

    [Id(4)] public long Version { get; set; }
}
