namespace Anju.Security;

/// <summary>The CCTV work order a camera's offline alarm opened, and whether its clearing was noted on it.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.AlarmOrder")]
internal sealed record AlarmOrder([property: Id(0)] string OrderId, [property: Id(1)] bool ClearNoted);
