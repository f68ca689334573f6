using Anju.Common;

namespace Anju.Security;

/// <summary>Patrol routes (巡邏路線) as the desk accepts them: named checkpoints, each on one route of the estate,
/// and a round interval and window that make sense together.</summary>
internal static class RouteRules
{
    /// <summary>The route as it will be held, or a <see cref="ValidationException"/> naming the field at fault.</summary>
    public static PatrolRoute Valid(PatrolRoute route, IReadOnlyDictionary<string, PatrolRoute> routes)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(routes);
        var routeId = Validate.Id("routeId", route.RouteId);
        var name = Validate.Text("name", route.Name, 100);
        if (route.Checkpoints is not { Count: > 0 })
        {
            throw new ValidationException("checkpoints", "A route needs at least one checkpoint.");
        }

        var checkpoints = route.Checkpoints.Select((c, i) => new Checkpoint(
            Validate.Id($"checkpoints[{i}].checkpointId", c.CheckpointId), Validate.Text($"checkpoints[{i}].name", c.Name, 100))).ToList();
        if (checkpoints.GroupBy(c => c.CheckpointId).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ValidationException("checkpoints", $"Checkpoint '{twice.Key}' appears twice.");
        }

        if (checkpoints.FirstOrDefault(c => Of(routes.Values, c.CheckpointId) is { } other && other.RouteId != routeId) is { } taken)
        {
            throw new ValidationException("checkpoints", $"Checkpoint '{taken.CheckpointId}' already belongs to route '{Of(routes.Values, taken.CheckpointId)!.RouteId}'.");
        }

        if (route.RoundInterval < TimeSpan.FromSeconds(1) || route.RoundInterval > TimeSpan.FromDays(1))
        {
            throw new ValidationException("roundInterval", "roundInterval must be between 1 second and 24 hours.");
        }

        if (route.RoundWindow <= TimeSpan.Zero || route.RoundWindow > route.RoundInterval)
        {
            throw new ValidationException("roundWindow", "roundWindow must be positive and at most roundInterval.");
        }

        return new PatrolRoute(routeId, name, route.Ordered, checkpoints, route.RoundInterval, route.RoundWindow);
    }

    /// <summary>Defines (or redefines) a route with a fresh round; false, keeping the running round, when the desk
    /// already holds the same definition.</summary>
    public static bool Define(SecurityDeskState desk, PatrolRoute route, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(desk);
        if (desk.Routes.TryGetValue(route.RouteId, out var held) && Same(held, route))
        {
            return false;
        }

        desk.Routes[route.RouteId] = route;
        desk.Rounds[route.RouteId] = PatrolRules.NewRound(route, now);
        return true;
    }

    /// <summary>Same definition, checkpoint for checkpoint: redefining it keeps the running round.</summary>
    public static bool Same(PatrolRoute a, PatrolRoute b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return a with { Checkpoints = b.Checkpoints } == b && a.Checkpoints.SequenceEqual(b.Checkpoints);
    }

    /// <summary>The route a checkpoint belongs to, or null.</summary>
    public static PatrolRoute? Of(IEnumerable<PatrolRoute> routes, string checkpointId) =>
        routes.FirstOrDefault(r => r.Checkpoints.Any(c => c.CheckpointId == checkpointId));
}
