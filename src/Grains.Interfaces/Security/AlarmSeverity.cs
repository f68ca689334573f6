namespace Anju.Security;

/// <summary>How urgent an alarm is.</summary>
[GenerateSerializer]
public enum AlarmSeverity
{
    Minor,
    Major,
    Critical,
}
