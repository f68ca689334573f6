namespace Anju.Demo.Driving;

/// <summary>How fast and how long <c>drive</c> sends, and with how many requests in flight.</summary>
public sealed record DriveOptions(double Rate, TimeSpan? Duration, int Seed, int MaxInFlight);
