namespace Anju.Security;

/// <summary>Who recorded a clock-in or clock-out: the guard's device or a supervisor.</summary>
[GenerateSerializer]
public enum ClockSource
{
    Device,
    Supervisor,
}
