namespace Anju.Security;

/// <summary>Guards required and on duty for one scope: a zone, or the whole estate (ZoneId null).</summary>
[GenerateSerializer, Immutable, Alias("Anju.Security.Staffing")]
public sealed record Staffing(
    [property: Id(0)] string? ZoneId, [property: Id(1)] int Residents, [property: Id(2)] int ResidentsPerGuard,
    [property: Id(3)] int Required, [property: Id(4)] int OnDuty)
{
    /// <summary>On duty ÷ required; 1 when nobody is required.</summary>
    public double Coverage => Required == 0 ? 1 : (double)OnDuty / Required;
}
