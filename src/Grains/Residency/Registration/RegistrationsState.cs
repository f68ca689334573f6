namespace Anju.Residency.Registration;

/// <summary>Persisted state of an estate's second-address registrations (state name "registrations").</summary>
[GenerateSerializer, Alias("Anju.Residency.Registration.RegistrationsState")]
internal sealed class RegistrationsState
{
    [Id(0)] public List<MemberRegistration> Members { get; set; } = [];

    [Id(1)] public List<StationHandOff> HandOffs { get; set; } = [];

    [Id(2)] public long Version { get; set; }
}
