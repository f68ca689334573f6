namespace Anju.Demo.Security;

/// <summary>What the demo reads of <c>GET /api/security/estates/{estateId}</c>: staffing rows (zones, then the
/// estate), the roster and who is on duty.</summary>
public sealed record DeskView(string EstateId, IReadOnlyList<StaffingNeed> Staffing, IReadOnlyList<DeskGuard> Guards, IReadOnlyList<DeskDuty> OnDuty);
