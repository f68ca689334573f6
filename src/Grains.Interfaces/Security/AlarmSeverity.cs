namespace Anju.Security;

/// <summary>How urgent an alarm is.</summary>
public enum AlarmSeverity
{
    Minor,
    Major,
    Critical,
}
