using Anju.Dwellings;
using Anju.Errors;

namespace Anju.Tests.Rules;

public class CommandIdsTests
{
    [Fact]
    public void An_id_seen_for_the_same_command_is_a_repeat_and_a_new_id_is_not()
    {
        List<CommandSeen> seen = [new("a", "occupancy", 3)];
        Assert.True(CommandIds.IsRepeat(seen, "a", "occupancy"));
        Assert.False(CommandIds.IsRepeat(seen, "b", "occupancy"));
    }

    [Fact]
    public void An_id_seen_for_another_command_is_a_conflict_naming_both()
    {
        List<CommandSeen> seen = [new("a", "occupancy", 3)];
        var refused = Assert.Throws<ConflictException>(() => CommandIds.IsRepeat(seen, "a", "rent-payment"));
        Assert.Contains("occupancy", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_newest_ids_are_kept_first_and_the_oldest_forgotten()
    {
        List<CommandSeen> seen = [];
        for (var i = 1; i <= 4; i++)
        {
            CommandIds.Remember(seen, new($"c{i}", "occupancy", i), kept: 3);
        }

        Assert.Equal(["c4", "c3", "c2"], seen.Select(c => c.CommandId));
    }
}
