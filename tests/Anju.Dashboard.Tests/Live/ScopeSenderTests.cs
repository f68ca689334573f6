using Anju.Dashboard.Live;
using Anju.Live;

namespace Anju.Dashboard.Tests.Live;

/// <summary>One scope's way out of a dashboard host: one send at a time, and only the newest update waits.</summary>
public sealed class ScopeSenderTests
{
    private static LiveUpdate Update(long version) => LiveUpdate.Incidents("T-1", version, []);

    [Fact]
    public void The_first_update_starts_a_send_and_later_ones_wait_with_only_the_newest_kept()
    {
        var sender = new ScopeSender(Scopes.Incidents("T-1"));
        Assert.True(sender.Offer(Update(1)));
        Assert.Equal(1, sender.Take()?.Version);

        Assert.False(sender.Offer(Update(2))); // the send of 1 is under way
        Assert.False(sender.Offer(Update(4)));
        Assert.False(sender.Offer(Update(3))); // older than the one waiting: dropped
        Assert.Equal(4, sender.Take()?.Version);
        Assert.Null(sender.Take()); // nothing newer: the send has ended

        Assert.True(sender.Offer(Update(5))); // so the next update starts one again
    }
}
