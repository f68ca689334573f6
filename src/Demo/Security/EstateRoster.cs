namespace Anju.Demo.Security;

/// <summary>An estate's demo roster: guards required by its desk, the guards rostered (all of them go on duty) and how
/// many short of required it is left on purpose (0: required plus spares).</summary>
public sealed record EstateRoster(string EstateId, int Required, IReadOnlyList<PlannedGuard> Guards, int Short)
{
    /// <summary>Spare guards above what is required; negative when short.</summary>
    public int Spares => Guards.Count - Required;
}
