using Anju.Dwellings;
using Anju.Errors;

namespace Anju.Tests.Rules;

/// <summary>A dwelling's command ids: remembered for a window whatever the traffic, the same id with other content a
/// conflict, and never forgotten early (a command beyond the bound is refused instead).</summary>
public sealed class CommandIdsTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Day = TimeSpan.FromHours(24);

    [Fact]
    public void An_id_is_remembered_for_the_window_whatever_the_traffic_then_forgotten()
    {
        var seen = new List<CommandSeen>();
        CommandIds.Remember(seen, new CommandSeen("pay-1", "rent-payment", 2, 11, Now), Day);
        for (var i = 0; i < 200; i++)
        {
            CommandIds.Remember(seen, new CommandSeen($"k-{i}", "rent-payment", 3 + i, 5, Now.AddMinutes(i)), Day);
        }

        Assert.True(CommandIds.IsRepeat(seen, "pay-1", "rent-payment", 11));
        CommandIds.Remember(seen, new CommandSeen("late", "rent-payment", 300, 5, Now + Day), Day);
        Assert.False(CommandIds.IsRepeat(seen, "pay-1", "rent-payment", 11));
        Assert.DoesNotContain(seen, c => Now + Day - c.At >= Day);
    }

    [Fact]
    public void The_same_id_with_other_content_or_for_another_command_is_a_conflict()
    {
        var seen = new List<CommandSeen> { new("pay-1", "rent-payment", 2, 11, Now) };

        Assert.Contains("other content", Assert.Throws<ConflictException>(() => CommandIds.IsRepeat(seen, "pay-1", "rent-payment", 12)).Message, StringComparison.Ordinal);
        Assert.Throws<ConflictException>(() => CommandIds.IsRepeat(seen, "pay-1", "rent-charge", 11));
        Assert.True(CommandIds.IsRepeat(seen, "pay-1", "rent-payment", null)); // a caller that sends no fingerprint (grain tests)
    }

    [Fact]
    public void Ids_from_before_the_window_are_stamped_and_kept_a_window()
    {
        var seen = new List<CommandSeen> { new("old", "occupancy", 4) };

        CommandIds.Remember(seen, new CommandSeen("new", "occupancy", 5, 1, Now), Day);

        Assert.Equal(Now, seen.Single(c => c.CommandId == "old").At);
        Assert.True(CommandIds.IsRepeat(seen, "old", "occupancy", 99)); // no fingerprint was kept for it
    }

    [Fact]
    public void A_dwelling_full_of_ids_within_the_window_refuses_one_more_instead_of_forgetting()
    {
        var seen = Enumerable.Range(0, 16).Select(i => new CommandSeen($"k-{i}", "inspection", i, 1, Now.AddMinutes(-i))).ToList();

        Assert.Throws<ConflictException>(() => CommandIds.CheckRoom(seen, Now, Day, 16));
        CommandIds.CheckRoom(seen, Now + Day, Day, 16);
    }

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
    public void The_newest_ids_are_kept_first_and_the_oldest_forgotten_by_count_for_a_work_order()
    {
        List<CommandSeen> seen = [];
        for (var i = 1; i <= 4; i++)
        {
            CommandIds.Remember(seen, new($"c{i}", "occupancy", i), kept: 3);
        }

        Assert.Equal(["c4", "c3", "c2"], seen.Select(c => c.CommandId));
    }
}
