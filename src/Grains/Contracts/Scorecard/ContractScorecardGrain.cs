using Anju.Common;
using Anju.Districts;
using Anju.Facilities;
using Anju.Incidents;
using Anju.Live;
using Microsoft.Extensions.Options;

namespace Anju.Contracts.Scorecard;

/// <summary>A contract's live scorecard: takes each closed order and company case once into the running period (the
/// calendar month in the city's time), keeps the finished periods, the assessments and the deductions, scores with
/// <see cref="ScorecardFormula"/>, and publishes on <c>contract/{id}</c> and to the pool at most once per publish
/// delay (a failed report is retried by the throttle).</summary>
internal sealed class ContractScorecardGrain(
    [PersistentState("scorecard", StorageNames.Main)] IPersistentState<ScorecardState> state,
    TimeProvider clock,
    IOptions<ScorecardOptions> options) : Grain, IContractScorecardGrain
{
    private Throttle? _publish;
    private long _version;
    private ContractScoreLine? _reported;

    private ScorecardState S => state.State;

    private ScorecardOptions O => options.Value;

    private string ContractId => Keys.ContractIdOfScorecard(this.GetPrimaryKeyString());

    private Throttle Publish => _publish ??= new(this, O.PublishDelay, FlushAsync);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _version = Rollups.NextVersion(_version, clock.GetUtcNow());
        try
        {
            await IdentityAsync(); // the contract may have changed while this was asleep
            Publish.Touch(); // and the pool hears from it again
        }
        catch (NotFoundException)
        {
            // not a contract (yet): every call says so
        }
    }

    public async Task RecordOrderAsync(WorkOrderSummary order)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (order.Route.ContractId != ContractId)
        {
            throw new ValidationException("order", $"Work order {order.OrderId} is not routed to contract {ContractId}.");
        }

        if (order.Status != WorkOrderStatus.Closed)
        {
            return; // only a closed order is counted; a cancelled one is not
        }

        await EnsureIdentityAsync();
        var rolled = ScorecardBook.Roll(S, Period(order.ClosedAt), O);
        await SaveIfAsync(ScorecardBook.TakeOrder(S, order, O) | rolled);
    }

    public async Task RecordIncidentAsync(IncidentSummary incident)
    {
        ArgumentNullException.ThrowIfNull(incident);
        if (incident.Status is not (IncidentStatus.Closed or IncidentStatus.Evaluated))
        {
            return;
        }

        await EnsureIdentityAsync();
        var rolled = ScorecardBook.Roll(S, Period(incident.ClosedAt), O);
        await SaveIfAsync(ScorecardBook.TakeIncident(S, incident, O) | rolled);
    }

    public async Task<ScorecardView> RecordAssessmentAsync(ContractAssessment assessment, string actor)
    {
        var valid = ScorecardRules.Assessment(assessment);
        var who = Validate.Text("actor", actor, 100);
        await EnsureIdentityAsync();
        if (S.Assessments.FirstOrDefault(a => a.Period == valid.Period) is { } held)
        {
            return ScorecardRules.Same(held, valid) ? View() : throw new ConflictException($"Period {valid.Period} of contract {ContractId} is assessed already, with other values.");
        }

        ScorecardBook.Roll(S, Period(null), O);
        S.Assessments.Add(valid with { RecordedBy = who, RecordedAt = clock.GetUtcNow() });
        S.Assessments.Sort((a, b) => string.CompareOrdinal(a.Period, b.Period));
        ScorecardBook.Rescore(S, O);
        await SaveIfAsync(true);
        return View();
    }

    public async Task<ScorecardView> RecordDeductionAsync(BreachDeduction deduction, string actor)
    {
        var valid = ScorecardRules.Deduction(deduction);
        var who = Validate.Text("actor", actor, 100);
        await EnsureIdentityAsync();
        if (S.Deductions.FirstOrDefault(d => d.DeductionId == valid.DeductionId) is { } held)
        {
            return ScorecardRules.Same(held, valid) ? View() : throw new ConflictException($"Deduction {valid.DeductionId} is recorded already, with other values.");
        }

        ScorecardBook.Roll(S, Period(null), O);
        S.Deductions.Add(valid with { RecordedBy = who, RecordedAt = clock.GetUtcNow() });
        ScorecardBook.Rescore(S, O);
        await SaveIfAsync(true);
        return View();
    }

    public async Task RefreshAsync()
    {
        var before = S.Identity;
        if (await IdentityAsync() != before)
        {
            await state.WriteOrReloadAsync();
        }

        Publish.Touch();
    }

    public async Task<ScorecardView> GetAsync()
    {
        await EnsureIdentityAsync();
        return View();
    }

    public async Task<ScorecardSnapshot> GetDetailAsync()
    {
        await EnsureIdentityAsync();
        return new ScorecardSnapshot(View(), [.. S.History], [.. S.Assessments], [.. S.Deductions]);
    }

    public async Task<IReadOnlyList<ScoreEvidence>> GetEvidenceAsync(string period, ScoreFactor factor)
    {
        var month = ScorecardRules.Period("period", period);
        if (!Enum.IsDefined(factor) || factor == ScoreFactor.None)
        {
            throw new ValidationException("factor", $"factor must be one of {string.Join(", ", ScorecardFormula.Factors)}.");
        }

        await EnsureIdentityAsync();
        return ScorecardBook.EvidenceOf(S, month, factor, Math.Min(200, O.EvidencePerFactor));
    }

    private string Period(DateTimeOffset? at) => ScorecardBook.PeriodOf(at ?? clock.GetUtcNow(), O.UtcOffsetHours);

    private async Task SaveIfAsync(bool changed)
    {
        if (changed)
        {
            await state.WriteOrReloadAsync(); // acknowledged only once durable; a failure leaves the state as it was read
            Publish.Touch();
        }
    }

    private ScorecardView View()
    {
        S.Current.Period = S.Current.Period.Length == 0 ? Period(null) : S.Current.Period; // nothing taken yet: this month
        _version = Rollups.NextVersion(_version, clock.GetUtcNow());
        return ScorecardBook.View(S, ContractId, _version, clock.GetUtcNow(), O);
    }

    /// <summary>Publishes the live view and, when its score, flag, top factor, period or status changed, reports it to the pool.</summary>
    private async Task FlushAsync()
    {
        var view = View();
        await GrainFactory.GetGrain<ILiveFeedGrain>(Scopes.Contract(ContractId)).PublishAsync(LiveUpdate.Scorecard(view));
        if (S.Identity is not { } id)
        {
            return;
        }

        var line = new ContractScoreLine(ContractId, id.CreditCode, id.CompanyName, id.EstateId, id.ZoneId, view.Period, view.Score,
            view.BelowThreshold, view.TopFactor, view.Version) { Status = id.Status };
        if (_reported is null || _reported with { Version = 0 } != line with { Version = 0 })
        {
            await GrainFactory.GetGrain<ICompanyPoolGrain>(Keys.CompanyPool).ReportScoreAsync(line);
            _reported = line;
        }
    }

    private async Task EnsureIdentityAsync()
    {
        if (S.Identity is null)
        {
            await IdentityAsync();
        }
    }

    /// <summary>Reads who the contract is from the contract itself (<see cref="NotFoundException"/> when it does not exist).</summary>
    private async Task<ContractIdentity> IdentityAsync()
    {
        var contract = await GrainFactory.GetGrain<IPropertyContractGrain>(Keys.Contract(ContractId)).GetAsync();
        var t = contract.Terms;
        return S.Identity = new ContractIdentity(t.Company.Name, t.Company.CreditCode, t.EstateId, t.ZoneId, contract.Status);
    }
}
