namespace Anju.Incidents;

/// <summary>How long each stage may take, counted from collection (configuration, e.g. "Incidents:Sla:Major").</summary>
public sealed class SlaWindow
{
    public SlaWindow() { }

    public SlaWindow(TimeSpan acknowledge, TimeSpan dispatch, TimeSpan resolve) =>
        (Acknowledge, Dispatch, Resolve) = (acknowledge, dispatch, resolve);

    public TimeSpan Acknowledge { get; set; }

    public TimeSpan Dispatch { get; set; }

    public TimeSpan Resolve { get; set; }

    /// <summary>The window of one stage.</summary>
    public TimeSpan For(SlaStage stage) => stage switch
    {
        SlaStage.Acknowledge => Acknowledge,
        SlaStage.Dispatch => Dispatch,
        _ => Resolve,
    };
}
