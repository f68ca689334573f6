namespace Anju.Demo.Security;

/// <summary>One staffing row of <c>GET /api/security/estates/{estateId}</c>: a zone, or the whole estate (ZoneId null),
/// with its residents, guards required and guards on duty.</summary>
public sealed record StaffingNeed(string? ZoneId, int Residents, int Required, int OnDuty);
