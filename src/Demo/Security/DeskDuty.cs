namespace Anju.Demo.Security;

/// <summary>A guard the security desk has on duty.</summary>
public sealed record DeskDuty(string GuardId);
