namespace Anju.Demo.Security;

/// <summary>An estate's roster as the demo set it up, and the guards the desk had on duty who are not on it (an older,
/// differently sized demo roster): the driver clocks those out and the roster's guards in.</summary>
public sealed record EstateDesk(EstateRoster Roster, IReadOnlyList<string> OffRosterOnDuty);
