namespace Anju.Demo.Security;

/// <summary>A guard the demo rosters, posted to a zone or (ZoneId null) to the whole estate.</summary>
public sealed record PlannedGuard(string GuardId, string Name, string? ZoneId);
