using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Anju.Dashboard.Live;

/// <summary>
/// What this host's live push does (meter and activity source <c>Anju.Live</c>): updates sent to screens by scope kind
/// (a kind, never a scope id: 150,000 estates would be 150,000 series), screens connected, and one activity per group
/// send, in the trace of the change that made the update (docs/observability.md).
/// </summary>
public static class LiveTelemetry
{
    private static readonly ActivitySource Source = new("Anju.Live");
    private static readonly Meter Meter = new("Anju.Live");

    private static readonly Counter<long> Sent = Meter.CreateCounter<long>(
        "anju.live.updates.sent", "{update}", "Updates sent to the SignalR group of their scope, by scope kind");

    private static readonly UpDownCounter<int> Screens = Meter.CreateUpDownCounter<int>(
        "anju.live.screens", "{connection}", "Screens connected to this host's live hub");

    /// <summary>The trace the feed's push arrived in (Orleans' activity propagation made it current); default when none.</summary>
    public static ActivityContext Origin() => Activity.Current?.Context ?? default;

    /// <summary>The send of <paramref name="scope"/>'s update to its screens, a child of <paramref name="origin"/>: an operator
    /// finds it from the command's trace id. Null when nobody listens or the update came without a trace.</summary>
    public static Activity? StartSend(string scope, long version, ActivityContext origin)
    {
        if (origin == default)
        {
            return null;
        }

        var activity = Source.StartActivity("live send", ActivityKind.Producer, origin);
        activity?.SetTag("anju.scope", scope).SetTag("anju.version", version);
        return activity;
    }

    public static void UpdateSent(string scope) =>
        Sent.Add(1, new KeyValuePair<string, object?>("scope.kind", Anju.Live.Scopes.Parse(scope).Kind));

    public static void ScreenOpened() => Screens.Add(1);

    public static void ScreenClosed() => Screens.Add(-1);
}
