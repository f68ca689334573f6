using Anju.Dwellings;
using Anju.Errors;
using Anju.Estates;
using Anju.Residency;
using Anju.Tests.Infrastructure;
using static Anju.Testing.Wait;
using static Anju.Tests.Infrastructure.TestEstates;

namespace Anju.Tests.Grains;

/// <summary>Exit reviews on a cluster: the dwelling's own records open cases, one per dwelling at a time, and the
/// dwelling's household leaves only through the case's decision.</summary>
[Collection(ClusterCollection.Name)]
public class ExitReviewGrainTests(ClusterFixture fixture)
{
    private async Task<(string Estate, IDwellingGrain Dwelling, IExitReviewRegisterGrain Book)> LivedInAsync(string dwellingId = "1-1-101")
    {
        var id = Fresh.EstateId();
        var estate = await CreateAsync(fixture.Grains, id);
        await estate.AddDwellingAsync(Dwelling(dwellingId));
        var dwelling = fixture.Grains.GetGrain<IDwellingGrain>(Keys.Dwelling(id, dwellingId));
        await dwelling.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.Allocate, "clerk-1", null));
        await dwelling.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.MoveIn, "clerk-1", null));
        await dwelling.SetHouseholdAsync(new Household(3, "H-0101", SpecialGroups.None, SecondAddressRegistration.Registered), "clerk-1");
        return (id, dwelling, fixture.Grains.GetGrain<IExitReviewRegisterGrain>(Keys.ExitReviewBook(id)));
    }

    private IExitReviewGrain Case(string id) => fixture.Grains.GetGrain<IExitReviewGrain>(Keys.ExitReview(id));

    private static DeductionEntry Points(int points, string code = "NOISE") => new(DateTimeOffset.UtcNow.AddMinutes(-1), points, code, "agency-07");

    [Fact]
    public async Task A_deduction_crossing_opens_exactly_one_case_and_later_triggers_add_their_reason_to_it()
    {
        var (estate, dwelling, book) = await LivedInAsync();
        await dwelling.AddDeductionAsync(Points(6));
        Assert.Equal(0, (await book.ListAsync()).Open); // a warning opens nothing

        await dwelling.AddDeductionAsync(Points(6), "deduct-2");
        await dwelling.AddDeductionAsync(Points(6), "deduct-2"); // the same command repeated
        await dwelling.AddDeductionAsync(Points(3)); // already at the exit level: crosses nothing
        var list = await book.ListAsync();
        var opened = Assert.Single(list.Cases);
        Assert.Equal((1, "1-1-101", "G1", ExitReviewStage.Opened), (list.Open, opened.DwellingId, opened.GridId, opened.Stage));
        Assert.Equal([ExitReviewReason.Deductions], opened.Reasons);
        Assert.Matches(@"^EX-\d{8}-[2-9A-HJ-NP-Z]{6}$", opened.CaseId);

        await dwelling.RecordInspectionAsync(new UsageInspection(DateTimeOffset.UtcNow.AddMinutes(-1), "agency-07", InspectionFinding.Sublet, "租客非本人"));
        var later = Assert.Single((await book.ListAsync()).Cases);
        Assert.Equal([ExitReviewReason.Deductions, ExitReviewReason.Sublet], later.Reasons);
        var snapshot = await Case(opened.CaseId).GetAsync();
        Assert.Equal(2, snapshot.Triggers.Count);
        Assert.Equal(OccupancyState.Occupied, (await dwelling.GetAsync()).State); // a case moves nobody by opening
        Assert.Equal(estate, snapshot.Summary.EstateId);
    }

    [Fact]
    public async Task The_second_idle_finding_opens_a_case_and_the_first_does_not()
    {
        var (_, dwelling, book) = await LivedInAsync();
        await dwelling.RecordInspectionAsync(new UsageInspection(DateTimeOffset.UtcNow.AddDays(-60), "agency-07", InspectionFinding.Idle, "無人應門"));
        Assert.Empty((await book.ListAsync()).Cases);
        await dwelling.RecordInspectionAsync(new UsageInspection(DateTimeOffset.UtcNow.AddMinutes(-5), "agency-07", InspectionFinding.Idle, "水電零用量"));
        Assert.Equal([ExitReviewReason.Idle], Assert.Single((await book.ListAsync()).Cases).Reasons);
    }

    [Fact]
    public async Task The_annual_review_intake_opens_a_case_once_per_reference_and_an_unknown_dwelling_is_not_found()
    {
        var (estate, _, book) = await LivedInAsync();
        var trigger = new ExitReviewTrigger("1-1-101", ExitReviewReason.AnnualReviewFailed, DateTimeOffset.UtcNow, "agency-07", "intake/AR-0001");
        var first = await book.OpenAsync(trigger);
        Assert.Equal(first, await book.OpenAsync(trigger));
        Assert.Single((await book.ListAsync()).Cases);
        await Assert.ThrowsAsync<NotFoundException>(() => book.OpenAsync(trigger with { DwellingId = "9-9-999", Reference = "intake/AR-0002" }));
        Assert.Single((await book.ListAsync()).Cases);
        await Assert.ThrowsAsync<ConflictException>(() => book.OpenAsync(trigger with { DwellingId = "9-9-999" })); // same reference, other dwelling
        Assert.Null(await fixture.Grains.GetGrain<IExitReviewRegisterGrain>(Keys.ExitReviewBook(estate)).FindAsync("EX-20260101-ZZZZZZ"));
    }

    [Fact]
    public async Task While_a_case_is_open_the_household_leaves_only_by_its_decision()
    {
        var (_, dwelling, book) = await LivedInAsync();
        await dwelling.AddDeductionAsync(Points(12, "SUBLET"));
        var id = Assert.Single((await book.ListAsync()).Cases).CaseId;
        var refused = await Assert.ThrowsAsync<ConflictException>(() => dwelling.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.RequestExit, "clerk-1", "自願退出")));
        Assert.Contains(id, refused.Message);

        var c = Case(id);
        async Task<ExitReviewSnapshot> Act(ExitReviewAction action, ExitDecision? decision = null, string reason = "依程序辦理", string? commandId = null)
        {
            var now = await c.GetAsync();
            return await c.ActAsync(new ExitReviewCommand(action, now.Summary.Version, "officer-1") { Decision = decision, Reason = reason, CommandId = commandId });
        }

        await Act(ExitReviewAction.ServeNotice, reason: "書面送達");
        await Act(ExitReviewAction.HoldHearing);
        var decided = await Act(ExitReviewAction.Decide, ExitDecision.Exit, "扣分達退出標準");
        await Assert.ThrowsAsync<ConflictException>(() => Act(ExitReviewAction.CarryOut)); // the appeal window is open
        await Act(ExitReviewAction.Appeal, reason: "住戶申請復核");
        var final = await Act(ExitReviewAction.Decide, ExitDecision.Exit, "復核維持");
        Assert.Equal(ExitReviewStage.ReadyToCarryOut, final.Summary.Stage); // the second decision is final
        var carried = await Act(ExitReviewAction.CarryOut, reason: "騰退", commandId: "carry-1");
        Assert.Equal(ExitReviewStage.CarriedOut, carried.Summary.Stage);
        Assert.Equal(carried.Summary.Version, (await c.ActAsync(new ExitReviewCommand(ExitReviewAction.CarryOut, carried.Summary.Version - 1, "officer-1") { Reason = "騰退", CommandId = "carry-1" })).Summary.Version);

        var moved = await dwelling.GetAsync();
        Assert.Equal(OccupancyState.Vacated, moved.State);
        Assert.Null(moved.Household);
        Assert.All(moved.History.TakeLast(2), t => Assert.Contains(id, t.Reason));
        Assert.Equal(ExitDecision.Exit, decided.Summary.Decision);

        var listed = await EventuallyAsync(book.ListAsync, l => l.Open == 0);
        Assert.Equal(ExitReviewStage.CarriedOut, Assert.Single(listed.Cases).Stage);
        await dwelling.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.Release, "clerk-1", null)); // the case is over

        // Re-let: the new household is another one, and the old case still names the household it was about.
        await dwelling.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.Allocate, "clerk-1", null));
        await dwelling.SetHouseholdAsync(new Household(2, "H-0202", SpecialGroups.None, SecondAddressRegistration.Registered), "clerk-1");
        Assert.Equal("H-0101", Assert.Single((await book.ListAsync()).Cases).HeadOfHousehold);
        Assert.Equal("H-0101", (await c.GetAsync()).Summary.HeadOfHousehold);
    }

    [Fact]
    public async Task A_trigger_the_book_has_not_taken_yet_holds_back_the_households_own_exit()
    {
        var (estate, _, book) = await LivedInAsync("1-1-101");
        await fixture.Grains.GetGrain<IEstateGrain>(Keys.Estate(estate)).AddDwellingAsync(Dwelling("1-1-102"));
        var dwelling = fixture.Grains.GetGrain<IDwellingGrain>(Keys.Dwelling(estate, "1-1-102"));
        await dwelling.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.Allocate, "clerk-1", null));
        await dwelling.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.MoveIn, "clerk-1", null));

        // The book refuses the trigger the next change of 1-1-102 makes (its reference already names a case of 1-1-101),
        // so the trigger stays in the dwelling's state, on its way, as it would while the book is unreachable.
        var reference = ExitReviewTriggers.Reference("1-1-102", (await dwelling.GetAsync()).Version + 1);
        await book.OpenAsync(new ExitReviewTrigger("1-1-101", ExitReviewReason.AnnualReviewFailed, DateTimeOffset.UtcNow, "agency-07", reference));
        await dwelling.RecordInspectionAsync(new UsageInspection(DateTimeOffset.UtcNow.AddMinutes(-1), "agency-07", InspectionFinding.Sublet, "租客非本人"));
        Assert.Null(await book.OpenCaseForAsync("1-1-102")); // the book has no case for it: only the pending trigger can refuse

        var refused = await Assert.ThrowsAsync<ConflictException>(() => dwelling.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.RequestExit, "clerk-1", "自願退出")));
        Assert.Contains(reference, refused.Message);
        var still = await dwelling.GetAsync();
        Assert.Equal(OccupancyState.Occupied, still.State);
        Assert.Equal(ExitReviewReason.AnnualReviewFailed, Assert.Single((await book.ListAsync()).Cases).Reasons[0]); // 1-1-101's case only
    }

    [Fact]
    public async Task A_kept_household_stays_and_a_later_trigger_opens_a_new_case()
    {
        var (_, dwelling, book) = await LivedInAsync();
        await dwelling.AddDeductionAsync(Points(12));
        var id = Assert.Single((await book.ListAsync()).Cases).CaseId;
        var c = Case(id);
        var s = await c.ActAsync(new ExitReviewCommand(ExitReviewAction.ServeNotice, 1, "agency-07") { Reason = "書面送達" });
        s = await c.ActAsync(new ExitReviewCommand(ExitReviewAction.HoldHearing, s.Summary.Version, "officer-1") { Reason = "到場陳述" });
        s = await c.ActAsync(new ExitReviewCommand(ExitReviewAction.Decide, s.Summary.Version, "officer-1") { Decision = ExitDecision.Keep, Reason = "已整改" });
        Assert.Equal(ExitReviewStage.Closed, s.Summary.Stage); // the decision closes the case, recorded as a step
        Assert.Equal([ExitReviewAction.ServeNotice, ExitReviewAction.HoldHearing, ExitReviewAction.Decide, ExitReviewAction.Close], s.Steps.Select(st => st.Action));
        Assert.Equal(("officer-1", ExitReviewRules.KeepCloses), (s.Steps[^1].Actor, s.Steps[^1].Reason));
        Assert.Equal(OccupancyState.Occupied, (await dwelling.GetAsync()).State);
        await EventuallyAsync(book.ListAsync, l => l.Open == 0);

        // Nothing holds back the household's own exit any more.
        await dwelling.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.RequestExit, "clerk-1", "自願退出"));
        await dwelling.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.WithdrawExit, "clerk-1", "撤回"));

        await dwelling.RecordInspectionAsync(new UsageInspection(DateTimeOffset.UtcNow.AddMinutes(-1), "agency-07", InspectionFinding.Sublet, null));
        var list = await book.ListAsync();
        Assert.Equal((2, 1), (list.Cases.Count, list.Open));
        Assert.NotEqual(id, list.Cases[0].CaseId);
    }
}
