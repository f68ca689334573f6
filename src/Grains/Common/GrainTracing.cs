using System.Diagnostics;

namespace Anju.Common;

/// <summary>
/// Keeps a command's trace going across the grains' coalescing steps (activity source <c>Anju.Grains</c>). A throttled
/// flush runs on a grain timer, outside any call, so it would start a trace of its own: instead it continues the trace
/// of the latest change it carries (the ones it coalesced before that end where they were absorbed), and Orleans'
/// activity propagation takes it on to the next grain. Costs nothing while no tracer listens.
/// </summary>
internal static class GrainTracing
{
    private static readonly ActivitySource Source = new("Anju.Grains");

    /// <summary>The trace the caller is in now, to be continued by a later flush; default when none.</summary>
    public static ActivityContext Origin() => Activity.Current?.Context ?? default;

    /// <summary>An activity in <paramref name="origin"/>'s trace, or null when there is none or nobody listens.</summary>
    public static Activity? Continue(string name, ActivityContext origin) =>
        origin == default ? null : Source.StartActivity(name, ActivityKind.Internal, origin);
}
