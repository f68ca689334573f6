using Anju.Allocation;
using Anju.Dwellings;
using Anju.Errors;
using Anju.Estates;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Grains.Allocation;

/// <summary>A waiting list on the in-process cluster (public period shortened to a second): the list is published, an
/// allocation out of rank order without an exception is refused and changes nothing, the next in order is allocated (the
/// dwelling moves to allocated with the household recorded), a repeat answers the same, and an exception approved by a
/// second person lets the last one through.</summary>
[Collection(ClusterCollection.Name)]
public class WaitlistGrainTests(ClusterFixture fixture)
{
    private static ApplicationForm Form(string id, int size) =>
        new(id, new Applicant("李四", $"4401{id}", null), size, IncomeBand.LowIncome, 5, 8, [], new DateOnly(2026, 1, 5));

    [Fact]
    public async Task An_allocation_out_of_rank_order_without_an_exception_is_refused()
    {
        var estateId = Fresh.EstateId("NS");
        var estate = await TestEstates.CreateAsync(fixture.Grains, estateId);
        foreach (var d in new[] { "D1", "D2", "D3" })
        {
            await estate.AddDwellingAsync(TestEstates.Dwelling(d, tenure: TenureType.LowRent));
        }

        var list = fixture.Grains.GetGrain<IWaitlistGrain>(Keys.Waitlist("NS", TenureType.LowRent));
        foreach (var (id, size) in new[] { ("A1", 5), ("A2", 4), ("A3", 3) })
        {
            await list.ApplyAsync(Form(id, size), "office-1");
            await list.DecideAsync(id, ApplicationStatus.Eligible, "材料齊全", "office-1");
        }

        var published = await list.PublishAsync("office-1", "pub-1");
        Assert.Equal(["A1", "A2", "A3"], published.Entries.Select(e => e.ApplicationId));
        await PeriodOverAsync(published);

        var version = (await list.GetAsync()).Version;
        await Assert.ThrowsAsync<ConflictException>(() => list.AllocateAsync(new AllocateDwelling("A3", estateId, "D3", "office-2")));
        Assert.Equal(version, (await list.GetAsync()).Version);
        Assert.Equal(OccupancyState.Vacant, (await Dwelling(estateId, "D3").GetAsync()).State);

        var first = await list.AllocateAsync(new AllocateDwelling("A1", estateId, "D1", "office-2"));
        Assert.True(first.Completed);
        Assert.Empty(first.PassedOver);
        var repeat = await list.AllocateAsync(new AllocateDwelling("A1", estateId, "D1", "office-2"));
        Assert.Equal((first.AllocationId, first.At, true), (repeat.AllocationId, repeat.At, repeat.Completed));
        await Assert.ThrowsAsync<ConflictException>(() => list.AllocateAsync(new AllocateDwelling("A1", estateId, "D2", "office-2")));
        var d1 = await Dwelling(estateId, "D1").GetAsync();
        Assert.Equal((OccupancyState.Allocated, "A1", 5), (d1.State, d1.Household?.HeadOfHousehold, d1.Household?.Size));

        await list.ApproveExceptionAsync("A3", "重病急需就近安置", "office-1");
        await Assert.ThrowsAsync<ConflictException>(() => list.AllocateAsync(new AllocateDwelling("A3", estateId, "D3", "office-1")));
        var exceptional = await list.AllocateAsync(new AllocateDwelling("A3", estateId, "D3", "office-2"));
        Assert.Equal(["A2"], exceptional.PassedOver);
        Assert.NotNull(exceptional.ExceptionId);

        var view = await list.GetAsync();
        Assert.Equal("A2", view.NextInOrder);
        Assert.Equal(2, view.Counts.Allocated);
        Assert.Equal("office-3", (await list.AllocateAsync(new AllocateDwelling("A2", estateId, "D2", "office-3"))).Actor);
    }

    [Fact]
    public async Task A_dwelling_that_refuses_the_allocation_leaves_the_application_waiting()
    {
        var estateId = Fresh.EstateId("NS");
        var estate = await TestEstates.CreateAsync(fixture.Grains, estateId);
        await estate.AddDwellingAsync(TestEstates.Dwelling("D1", tenure: TenureType.LimitedPrice));
        await estate.AddDwellingAsync(TestEstates.Dwelling("D2", tenure: TenureType.LimitedPrice));
        await Dwelling(estateId, "D1").ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.Allocate, "someone", "earlier"));

        var list = fixture.Grains.GetGrain<IWaitlistGrain>(Keys.Waitlist("NS", TenureType.LimitedPrice));
        await list.ApplyAsync(Form("B1", 2), "office-1");
        await list.DecideAsync("B1", ApplicationStatus.Eligible, "ok", "office-1");
        var published = await list.PublishAsync("office-1", null);
        await PeriodOverAsync(published);

        await Assert.ThrowsAsync<ConflictException>(() => list.AllocateAsync(new AllocateDwelling("B1", estateId, "D1", "office-2")));
        var view = await list.GetAsync();
        Assert.Equal(("B1", ApplicationStatus.Eligible), (view.NextInOrder, view.Applications.Single().Status));
        Assert.Empty(view.Allocations);
        Assert.True((await list.AllocateAsync(new AllocateDwelling("B1", estateId, "D2", "office-2"))).Completed);
    }

    private static async Task PeriodOverAsync(PublicList published)
    {
        var wait = published.EndsAt - DateTimeOffset.UtcNow + TimeSpan.FromMilliseconds(100);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait);
        }
    }

    private IDwellingGrain Dwelling(string estateId, string id) => fixture.Grains.GetGrain<IDwellingGrain>(Keys.Dwelling(estateId, id));
}
