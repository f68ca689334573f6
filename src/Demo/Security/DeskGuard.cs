namespace Anju.Demo.Security;

/// <summary>A rostered guard as the security desk lists it.</summary>
public sealed record DeskGuard(string GuardId, string Name, string? ZoneId);
