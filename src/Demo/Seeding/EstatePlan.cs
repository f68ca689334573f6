using Anju.Demo.Api;

namespace Anju.Demo.Seeding;

/// <summary>An estate to register with its dwellings.</summary>
public sealed record EstatePlan(EstateRegistration Registration, IReadOnlyList<DwellingPlan> Dwellings)
{
    public string EstateId => Registration.EstateId;
}
