using Anju.Errors;
using Anju.Security;

namespace Anju.Tests.Rules;

public class RouteRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 2, 0, 0, TimeSpan.Zero);

    private static readonly PatrolRoute Route = new("R1", "東區", true, [new("CP-1", "大門"), new("CP-2", "車庫")],
        TimeSpan.FromHours(1), TimeSpan.FromMinutes(30));

    [Fact]
    public void A_route_has_checkpoints_each_once_in_the_estate_and_a_window_inside_its_interval()
    {
        var other = new Dictionary<string, PatrolRoute> { ["R2"] = Route with { RouteId = "R2", Checkpoints = [new("CP-9", "後門")] } };

        Assert.Equal(Route, RouteRules.Valid(Route, other) with { Checkpoints = Route.Checkpoints });
        Assert.Contains("appears twice", Error(Route with { Checkpoints = [new("CP-1", "大門"), new("CP-1", "大門")] }, other).Message, StringComparison.Ordinal);
        Assert.Contains("route 'R2'", Error(Route with { Checkpoints = [new("CP-9", "後門")] }, other).Message, StringComparison.Ordinal);
        Assert.Equal("checkpoints", Error(Route with { Checkpoints = [] }, other).Field);
        Assert.Equal("roundInterval", Error(Route with { RoundInterval = TimeSpan.FromDays(2) }, other).Field);
        Assert.Equal("roundWindow", Error(Route with { RoundWindow = TimeSpan.FromHours(2) }, other).Field);
        Assert.NotNull(RouteRules.Valid(Route with { RouteId = "R2", Checkpoints = [new("CP-9", "後門")] }, other)); // its own checkpoint
    }

    [Fact]
    public void Defining_the_same_route_again_keeps_its_round_and_a_change_starts_a_new_one()
    {
        var desk = new SecurityDeskState();
        Assert.True(RouteRules.Define(desk, Route, Now));
        var round = desk.Rounds["R1"] with { OutOfOrder = 1 };
        desk.Rounds["R1"] = round;

        Assert.False(RouteRules.Define(desk, Route with { Checkpoints = [new("CP-1", "大門"), new("CP-2", "車庫")] }, Now.AddMinutes(5)));
        Assert.Same(round, desk.Rounds["R1"]);
        Assert.True(RouteRules.Define(desk, Route with { Ordered = false }, Now.AddMinutes(5)));
        Assert.Equal(0, desk.Rounds["R1"].OutOfOrder);
    }

    private static ValidationException Error(PatrolRoute route, IReadOnlyDictionary<string, PatrolRoute> routes) =>
        Assert.Throws<ValidationException>(() => RouteRules.Valid(route, routes));
}
