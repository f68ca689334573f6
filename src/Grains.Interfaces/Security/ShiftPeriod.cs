namespace Anju.Security;

/// <summary>Day (07:00–19:00 Beijing time) or night; staffing ratios may differ between them.</summary>
[GenerateSerializer]
public enum ShiftPeriod
{
    Day,
    Night,
}
