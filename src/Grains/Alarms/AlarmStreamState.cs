namespace Anju.Alarms;

/// <summary>Persisted state of a district's alarm stream (state name "alarm-stream"): only the acknowledgements of
/// incident escalations, which have no owner book to keep them. Everything else the stream shows is rebuilt from
/// its owners' reports.</summary>
[GenerateSerializer, Alias("Anju.Alarms.AlarmStreamState")]
internal sealed class AlarmStreamState
{
    [Id(0)] public Dictionary<string, EscalationAck> Acks { get; set; } = new(StringComparer.Ordinal);
}

/// <summary>Who acknowledged an escalation, and which one (the time its case climbed): a later climb is a new alarm.</summary>
[GenerateSerializer, Immutable, Alias("Anju.Alarms.EscalationAck")]
internal sealed record EscalationAck([property: Id(0)] string By, [property: Id(1)] DateTimeOffset At, [property: Id(2)] DateTimeOffset RaisedAt);
