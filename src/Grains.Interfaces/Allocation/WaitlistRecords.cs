using Anju.Estates;

namespace Anju.Allocation;

/// <summary>An applicant's household income band (收入線), lowest first. 低保 and 低收入 are special-group data.</summary>
[GenerateSerializer]
public enum IncomeBand
{
    /// <summary>低保: receives the minimum living allowance.</summary>
    MinimumLivingAllowance = 0,

    /// <summary>低收入: a low-income household.</summary>
    LowIncome = 1,

    /// <summary>中等偏下: lower-middle income.</summary>
    LowerMiddle = 2,

    /// <summary>中等: middle income.</summary>
    Middle = 3,

    /// <summary>Above the middle band: eligible for no tenure type by default.</summary>
    Above = 4,
}

/// <summary>A priority category (優先配租類別) an applicant may hold; the configured order
/// (<c>Allocation:PriorityOrder</c>) makes the first categories rank first.</summary>
[GenerateSerializer]
public enum PriorityCategory
{
    /// <summary>孤寡老人: an elderly person living alone.</summary>
    ElderlyLivingAlone = 0,

    /// <summary>殘疾: a member with a disability.</summary>
    Disability = 1,

    /// <summary>重大疾病: a member with a critical illness.</summary>
    CriticalIllness = 2,

    /// <summary>優撫對象: a veteran's or martyr's family.</summary>
    Veteran = 3,

    /// <summary>勞動模範: a model worker.</summary>
    ModelWorker = 4,

    /// <summary>重點項目拆遷: relocated by a key public project.</summary>
    Relocated = 5,
}

/// <summary>Where an application stands.</summary>
[GenerateSerializer]
public enum ApplicationStatus
{
    /// <summary>Received; eligibility not decided yet.</summary>
    Received = 0,

    /// <summary>Decided eligible: ranked on the waiting list (輪候).</summary>
    Eligible = 1,

    /// <summary>Decided ineligible (with the reason).</summary>
    Ineligible = 2,

    /// <summary>The applicant withdrew, or declined for good.</summary>
    Withdrawn = 3,

    /// <summary>A dwelling was allocated (配租/配售).</summary>
    Allocated = 4,
}

/// <summary>The applicant (申請人): name, identity number and phone are personal data, masked unless the view shows them.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Allocation.Applicant")]
public sealed record Applicant(
    [property: Id(0)] string Name,
    [property: Id(1)] string IdNumber,
    [property: Id(2)] string? Phone);

/// <summary>What an application states (the form): household size, income band, years of residence in the city,
/// housing floor area per person now, priority categories, the day it was filed.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Allocation.ApplicationForm")]
public sealed record ApplicationForm(
    [property: Id(0)] string ApplicationId,
    [property: Id(1)] Applicant Applicant,
    [property: Id(2)] int HouseholdSize,
    [property: Id(3)] IncomeBand IncomeBand,
    [property: Id(4)] int ResidenceYears,
    [property: Id(5)] double HousingAreaPerPerson,
    [property: Id(6)] IReadOnlyList<PriorityCategory> Priorities,
    [property: Id(7)] DateOnly AppliedOn)
{
    /// <summary>Record equality compares the lists by content (a repeated form is the same form).</summary>
    public bool Equals(ApplicationForm? other) =>
        other is not null && ApplicationId == other.ApplicationId && Applicant == other.Applicant && HouseholdSize == other.HouseholdSize
        && IncomeBand == other.IncomeBand && ResidenceYears == other.ResidenceYears && HousingAreaPerPerson.Equals(other.HousingAreaPerPerson)
        && Priorities.SequenceEqual(other.Priorities) && AppliedOn == other.AppliedOn;

    public override int GetHashCode() => HashCode.Combine(ApplicationId, Applicant, HouseholdSize, IncomeBand, AppliedOn);
}

/// <summary>A step taken on an application: who, when, why.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Allocation.ApplicationStep")]
public sealed record ApplicationStep(
    [property: Id(0)] ApplicationStatus Status,
    [property: Id(1)] string Actor,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Reason);

/// <summary>An application on a waiting list with its standing: status, the eligibility checks it fails (the rules'
/// answer, <see cref="Failures"/>), its points, and every step with actor and reason.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Allocation.Application")]
public sealed record Application(
    [property: Id(0)] ApplicationForm Form,
    [property: Id(1)] ApplicationStatus Status,
    [property: Id(2)] IReadOnlyList<string> Failures,
    [property: Id(3)] int Points,
    [property: Id(4)] IReadOnlyList<ApplicationStep> Steps)
{
    /// <summary>The rank on the waiting list now (1 first); null when not ranked (not eligible, or allocated).</summary>
    [Id(5)] public int? Rank { get; init; }
}

/// <summary>One row of a public list (公示) as frozen: no personal field (the edge adds the applicant's name and identity
/// number masked always, whoever reads, with the one masking rule of the access layer).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Allocation.PublicListEntry")]
public sealed record PublicListEntry(
    [property: Id(0)] int Rank,
    [property: Id(1)] string ApplicationId,
    [property: Id(2)] int HouseholdSize,
    [property: Id(3)] int Points,
    [property: Id(4)] DateOnly AppliedOn);

/// <summary>An objection (異議) to a public list, about one application or the list as a whole, as received.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Allocation.Objection")]
public sealed record Objection(
    [property: Id(0)] string ObjectionId,
    [property: Id(1)] string? ApplicationId,
    [property: Id(2)] string Text,
    [property: Id(3)] string RecordedBy,
    [property: Id(4)] DateTimeOffset At);

/// <summary>A published list (公示): the ranking frozen at publication, public until <see cref="EndsAt"/>; allocation
/// from it starts only then, in its rank order.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Allocation.PublicList")]
public sealed record PublicList(
    [property: Id(0)] int Number,
    [property: Id(1)] DateTimeOffset PublishedAt,
    [property: Id(2)] DateTimeOffset EndsAt,
    [property: Id(3)] string PublishedBy,
    [property: Id(4)] IReadOnlyList<PublicListEntry> Entries,
    [property: Id(5)] IReadOnlyList<Objection> Objections)
{
    /// <summary>The client's command id of the publication (a repeat answers this list).</summary>
    [Id(6)] public string? CommandId { get; init; }
}

/// <summary>An exception to the rank order (破格配租), approved by a housing-office user who is not the one allocating.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Allocation.AllocationException")]
public sealed record AllocationException(
    [property: Id(0)] string ExceptionId,
    [property: Id(1)] string ApplicationId,
    [property: Id(2)] string Reason,
    [property: Id(3)] string ApprovedBy,
    [property: Id(4)] DateTimeOffset ApprovedAt)
{
    /// <summary>The allocation that used it; an exception is used once.</summary>
    [Id(5)] public string? UsedBy { get; init; }
}

/// <summary>An allocation (配租) from a public list: the dwelling, the rank, who allocated and when, the exception used
/// and the applications ranked above that it passed over. <see cref="Completed"/> is false while the dwelling's step
/// is being taken (a retry of the same allocation finishes it).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Allocation.AllocationRecord")]
public sealed record AllocationRecord(
    [property: Id(0)] string AllocationId,
    [property: Id(1)] string ApplicationId,
    [property: Id(2)] string EstateId,
    [property: Id(3)] string DwellingId,
    [property: Id(4)] int Rank,
    [property: Id(5)] int ListNumber,
    [property: Id(6)] string Actor,
    [property: Id(7)] DateTimeOffset At,
    [property: Id(8)] string? ExceptionId,
    [property: Id(9)] IReadOnlyList<string> PassedOver,
    [property: Id(10)] bool Completed);

/// <summary>How many applications stand where.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Allocation.WaitlistCounts")]
public sealed record WaitlistCounts(
    [property: Id(0)] int Received,
    [property: Id(1)] int Eligible,
    [property: Id(2)] int Ineligible,
    [property: Id(3)] int Withdrawn,
    [property: Id(4)] int Allocated);

/// <summary>A waiting list as it stands: applications ranked (eligible first, in rank order), the current public list,
/// the next application in order on it, the exceptions and allocations made.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Allocation.WaitlistView")]
public sealed record WaitlistView(
    [property: Id(0)] string District,
    [property: Id(1)] TenureType Tenure,
    [property: Id(2)] IReadOnlyList<Application> Applications,
    [property: Id(3)] PublicList? PublicList,
    [property: Id(4)] string? NextInOrder,
    [property: Id(5)] IReadOnlyList<AllocationException> Exceptions,
    [property: Id(6)] IReadOnlyList<AllocationRecord> Allocations,
    [property: Id(7)] WaitlistCounts Counts,
    [property: Id(8)] long Version)
{
    /// <summary>True while the public list's period runs (no allocation yet).</summary>
    [Id(9)] public bool InPublicPeriod { get; init; }
}

/// <summary>A dwelling to allocate to an application.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Allocation.AllocateDwelling")]
public sealed record AllocateDwelling(
    [property: Id(0)] string ApplicationId,
    [property: Id(1)] string EstateId,
    [property: Id(2)] string DwellingId,
    [property: Id(3)] string Actor);
