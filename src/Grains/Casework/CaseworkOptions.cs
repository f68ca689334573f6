using Anju.Residency;

namespace Anju.Casework;

/// <summary>The agency's queues (configuration section "Casework").</summary>
internal sealed class CaseworkOptions
{
    /// <summary>The arrears standing from which a dwelling is on the rent-chasing list.</summary>
    public RentArrearsStatus ChaseFrom { get; set; } = RentArrearsStatus.Chasing;

    /// <summary>How old the queues' look at the grids may be before a read looks again (paperwork follows occupancy
    /// changes within this time; a change through the API is looked at at once).</summary>
    public TimeSpan SyncInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The most dwellings one inspection round covers.</summary>
    public int MaxRoundDwellings { get; set; } = 500;

    /// <summary>How long closed paperwork, finished rounds, chase records and decided intakes are kept (the KPIs
    /// look back this far).</summary>
    public TimeSpan KeepRecordsFor { get; set; } = TimeSpan.FromDays(400);

    /// <summary>How often a failed intake retries opening its exit review until the book answers.</summary>
    public TimeSpan RetryEvery { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The city's offset from UTC: a contract's term, a KPI month and an assessment month are the city's days.</summary>
    public int UtcOffsetHours { get; set; } = 8;

    /// <summary>The city's day of an instant.</summary>
    public DateOnly CityDay(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(UtcOffsetHours)).DateTime);

    /// <summary>What is wrong with these options; null when nothing is.</summary>
    public string? Problem() =>
        !Enum.IsDefined(ChaseFrom) || ChaseFrom == RentArrearsStatus.Clear ? "Casework:ChaseFrom must be Owing, Chasing or Serious."
        : SyncInterval < TimeSpan.FromSeconds(1) || SyncInterval > TimeSpan.FromDays(1) ? "Casework:SyncInterval must be between 1 second and 1 day."
        : MaxRoundDwellings is < 1 or > 5000 ? "Casework:MaxRoundDwellings must be between 1 and 5000."
        : KeepRecordsFor < TimeSpan.FromDays(31) || KeepRecordsFor > TimeSpan.FromDays(3660) ? "Casework:KeepRecordsFor must be between 31 days and 10 years."
        : RetryEvery < TimeSpan.FromSeconds(1) || RetryEvery > TimeSpan.FromHours(1) ? "Casework:RetryEvery must be between 1 second and 1 hour."
        : UtcOffsetHours is < -12 or > 14 ? "Casework:UtcOffsetHours must be between -12 and 14."
        : null;
}
