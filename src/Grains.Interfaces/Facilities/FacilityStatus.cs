namespace Anju.Facilities;

/// <summary>Whether a facility serves residents now. Derived from its open work orders (an order's fault sets how
/// far it takes the facility down) unless an operator sets it by hand.</summary>
[GenerateSerializer]
public enum FacilityStatus
{
    /// <summary>Working as it should.</summary>
    InService,

    /// <summary>Working, but not fully (one pump of two, some lights out).</summary>
    Degraded,

    /// <summary>Not usable (a lift stopped, no water).</summary>
    OutOfService,
}
