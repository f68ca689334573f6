namespace Anju.Demo.Benchmark.Faults;

// The parts of a queue update and an alarm-board update the benchmark reads. Both hub protocols bind them by name
// (MessagePack by the .NET names) and skip every other field.

/// <summary>A live update of a <c>queue/…</c> or the <c>alarms</c> scope.</summary>
public sealed class FaultBenchUpdate
{
    public string? Scope { get; set; }

    public FaultBenchPayload? Payload { get; set; }
}

/// <summary>A <c>WorkQueueView</c> (its orders) or an <c>AlarmBoard</c> (its open alarms).</summary>
public sealed class FaultBenchPayload
{
    public List<FaultBenchOrder>? Orders { get; set; }

    public List<FaultBenchBoardAlarm>? Open { get; set; }
}

public sealed class FaultBenchOrder
{
    public string? EstateId { get; set; }

    public string? FacilityId { get; set; }
}

public sealed class FaultBenchBoardAlarm
{
    public FaultBenchAlarm? Alarm { get; set; }
}

public sealed class FaultBenchAlarm
{
    public string? AlarmId { get; set; }

    public string? EstateId { get; set; }

    public string? Originator { get; set; }

    public string? Type { get; set; }
}
