using Anju.Dwellings;
using Anju.Residency;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using static Anju.Testing.Wait;
using static Anju.Tests.Infrastructure.TestEstates;

namespace Anju.Tests.Grains;

/// <summary>The appeal window's end on its own cluster: windows of <see cref="ClockCluster.Window"/> (so the book's
/// reminder fires while the test watches) and a clock the test moves (so a restart a month later is a restart a month
/// later to the grains).</summary>
public sealed class ExitReviewClockTests(ExitReviewClockTests.ClockCluster cluster) : IClassFixture<ExitReviewClockTests.ClockCluster>
{
    private static readonly TimeSpan Fires = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task An_unappealed_window_ends_once_on_the_books_reminder_and_a_restart_a_month_later_records_nothing_more()
    {
        var estateId = Fresh.EstateId();
        var estate = await CreateAsync(cluster.Grains, estateId);
        var book = cluster.Grains.GetGrain<IExitReviewRegisterGrain>(Keys.ExitReviewBook(estateId));
        var cases = new List<IExitReviewGrain>();
        foreach (var d in new[] { "1-1-101", "1-1-102" })
        {
            await estate.AddDwellingAsync(Dwelling(d));
            var dwelling = cluster.Grains.GetGrain<IDwellingGrain>(Keys.Dwelling(estateId, d));
            await dwelling.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.Allocate, "clerk-1", null));
            await dwelling.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.MoveIn, "clerk-1", null));
            await dwelling.AddDeductionAsync(new DeductionEntry(cluster.Clock.GetUtcNow().AddMinutes(-1), 12, "SUBLET", "agency-07"));
            var id = await book.OpenCaseForAsync(d); // delivered once the deduction is durable
            Assert.NotNull(id);
            cases.Add(cluster.Grains.GetGrain<IExitReviewGrain>(Keys.ExitReview(id)));
        }

        async Task<ExitReviewSnapshot> Act(IExitReviewGrain c, ExitReviewAction action, ExitDecision? decision = null) =>
            await c.ActAsync(new ExitReviewCommand(action, (await c.GetAsync()).Summary.Version, "officer-1") { Decision = decision, Reason = $"{action} 理由" });

        foreach (var c in cases)
        {
            await Act(c, ExitReviewAction.ServeNotice);
            await Act(c, ExitReviewAction.HoldHearing);
        }

        var decided = await Act(cases[0], ExitReviewAction.Decide, ExitDecision.Exit);
        var appealed = await Act(cases[1], ExitReviewAction.Decide, ExitDecision.Exit);
        appealed = await Act(cases[1], ExitReviewAction.Appeal); // inside its window: the clock leaves it alone
        Assert.Equal(ExitReviewStage.Appealed, appealed.Summary.Stage);
        Assert.Equal(ExitReviewStage.Decided, decided.Summary.Stage);

        var listed = await EventuallyAsync(book.ListAsync, l => l.Ready == 1, Fires);
        Assert.Equal((decided.Summary.CaseId, ExitReviewStage.ReadyToCarryOut), (listed.Cases[0].CaseId, listed.Cases[0].Stage)); // ready first
        var ended = Assert.Single((await cases[0].GetAsync()).Steps, s => s.Action == ExitReviewAction.AppealWindowEnded);
        Assert.Equal((AppealWindows.SystemActor, ExitReviewStage.Decided, ExitReviewStage.ReadyToCarryOut), (ended.Actor, ended.From, ended.To));
        Assert.True(ended.At > decided.Summary.AppealUntil);
        Assert.Contains("without an appeal", ended.Reason);
        Assert.Equal(ExitReviewStage.Appealed, (await cases[1].GetAsync()).Summary.Stage);

        // A restart a month later: the book and the cases wake again, and the clock is told again (a reminder may be
        // delivered twice across a restart). Nothing more is recorded.
        cluster.Clock.Offset += TimeSpan.FromDays(30);
        await cluster.DeactivateAsync(book, cases[0], cases[1]);
        Assert.Equal(1, (await book.ListAsync()).Ready);
        var again = await cases[0].EndAppealWindowAsync();
        Assert.Equal(ended.To, again.Stage);
        await cluster.DeactivateAsync(book, cases[0]);
        Assert.Equal(ExitReviewStage.Appealed, (await cases[1].EndAppealWindowAsync()).Stage);
        var after = await cases[0].GetAsync();
        Assert.Single(after.Steps, s => s.Action == ExitReviewAction.AppealWindowEnded);
        Assert.Equal(decided.Summary.Version + 1, after.Summary.Version);

        // The housing office carries it out: the actor stays a person.
        var carried = await Act(cases[0], ExitReviewAction.CarryOut);
        Assert.Equal((ExitReviewStage.CarriedOut, "officer-1"), (carried.Summary.Stage, carried.Steps[^1].Actor));
        var done = await EventuallyAsync(book.ListAsync, l => l.Ready == 0);
        Assert.Equal(1, done.Open);
    }

    /// <summary>A one-silo cluster with short appeal windows and a clock the test moves.</summary>
    public sealed class ClockCluster : IAsyncLifetime
    {
        public static readonly TimeSpan Window = TimeSpan.FromSeconds(3);

        private readonly InProcessTestCluster _cluster;

        public ClockCluster()
        {
            var builder = new InProcessTestClusterBuilder(1);
            builder.ConfigureSilo((_, silo) =>
            {
                silo.AddMemoryGrainStorage(StorageNames.Main);
                silo.UseInMemoryReminderService();
                silo.Services.AddSingleton<TimeProvider>(Clock);
                silo.Services.AddAnjuGrainServices();
                silo.Services.AddMemoryStateJournal();
                silo.Services.Configure<ResidencyOptions>(o => o.ExitReviews.AppealWindow = Window);
            });
            _cluster = builder.Build();
        }

        public PropertyContractExpiryTests.ShiftedClock Clock { get; } = new();

        public IGrainFactory Grains => _cluster.Client;

        /// <summary>Deactivates the grains, as a silo's restart would.</summary>
        public async Task DeactivateAsync(params IAddressable[] grains)
        {
            foreach (var grain in grains)
            {
                await _cluster.DeactivateAsync(grain);
            }
        }

        public Task InitializeAsync() => _cluster.DeployAsync();

        public async Task DisposeAsync() => await _cluster.DisposeAsync();
    }
}
