namespace Anju.Demo.Guangzhou;

/// <summary>A district (區) with its sub-districts and towns (街道/鎮) and local place words for estate names.</summary>
public sealed record District(string Code, string Name, IReadOnlyList<string> Streets, IReadOnlyList<string> Places);
