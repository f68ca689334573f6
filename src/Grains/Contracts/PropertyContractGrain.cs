using Anju.Common;
using Anju.Estates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Anju.Contracts;

/// <summary>Owns one property-service contract: checks its terms, walks its lifecycle, keeps the estate's
/// attachment in step and expires it on a durable reminder.</summary>
internal sealed class PropertyContractGrain(
    [PersistentState("contract", StorageNames.Main)] IPersistentState<PropertyContractState> state,
    TimeProvider clock,
    IOptions<ContractOptions> options,
    ILogger<PropertyContractGrain> log) : Grain, IPropertyContractGrain, IRemindable
{
    /// <summary>The durable clock: registered while the contract is live, and after it ends until the estate has let go.</summary>
    private const string ExpiryReminder = "expire";

    /// <summary>Retry interval of a tick that could not finish its work; above Orleans' one-minute floor.</summary>
    private static readonly TimeSpan RetryPeriod = TimeSpan.FromMinutes(10);

    /// <summary>Longest single wait: a three-year term is reached in hops, each tick re-arming for the end.</summary>
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(30);

    private PropertyContractState S => state.State;

    private string ContractId => Keys.ContractIdOf(this.GetPrimaryKeyString());

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public async Task<PropertyContractSnapshot> CreateAsync(PropertyContractTerms terms)
    {
        Validate.Id("contractId", ContractId);
        var valid = ContractRules.Validate(terms, options.Value);
        if (S.Terms is { } held)
        {
            return ContractRules.Same(held, valid) ? Snapshot() : throw new ConflictException($"Contract '{ContractId}' already exists with other terms.");
        }

        var pool = GrainFactory.GetGrain<ICompanyPoolGrain>(Keys.CompanyPool);
        await (valid.Selection == SelectionMethod.Tender ? pool.CheckTenderAsync(valid.Company, valid.Tender!) : pool.CheckAdmittedAsync(valid.Company.CreditCode));
        ContractRules.CheckZone(valid, (await Estate(valid).GetStructureAsync()).Zones);
        (S.Terms, S.Status, S.CreatedAt) = (valid, ContractStatus.Draft, clock.GetUtcNow());
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }

        TellScorecard();
        return Snapshot();
    }

    public Task<PropertyContractSnapshot> ActAsync(ContractAction action, string actor, string? reason)
    {
        EnsureExists();
        var who = Validate.Text("actor", actor, 100);
        var why = string.IsNullOrWhiteSpace(reason) ? null : Validate.Text("reason", reason, 500);
        return Enum.IsDefined(action)
            ? StepAsync(action, who, why)
            : throw new ValidationException("action", $"action must be one of {string.Join(", ", Enum.GetNames<ContractAction>())}.");
    }

    public Task<PropertyContractSnapshot> GetAsync()
    {
        EnsureExists();
        return Task.FromResult(Snapshot());
    }

    /// <summary>The expiry clock ticks: expire a finished term, re-arm a running one, and otherwise make sure
    /// the estate has let go before the clock stops.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (S.Terms is not { } terms)
        {
            await StopClockAsync();
        }
        else if (ContractLifecycle.ShouldExpire(S.Status, terms.Term, Today))
        {
            await StepAsync(ContractAction.Expire, "system", "The term ended.");
        }
        else if (S.Status is ContractStatus.Active or ContractStatus.Suspended)
        {
            await ArmAsync(terms.Term);
        }
        else
        {
            await ReleaseAsync();
        }
    }

    private async Task<PropertyContractSnapshot> StepAsync(ContractAction action, string actor, string? reason)
    {
        var terms = S.Terms!;
        var from = S.Status;
        var to = ContractLifecycle.Next(from, action, terms.Term, Today);
        var attaching = from == ContractStatus.Draft && to == ContractStatus.Active; // a suspended contract stays attached
        if (attaching)
        {
            // Before persisting: an estate refusal (zone taken, tenure split, unknown zone) leaves the contract as it was.
            await Estate(terms).AttachContractAsync(new ContractAttachment(ContractId, terms.Company.CreditCode, terms.Company.Name, terms.ZoneId));
        }

        try
        {
            if (to == ContractStatus.Active)
            {
                await ArmAsync(terms.Term);
            }

            S.Status = to;
            S.History.Add(new ContractTransition(action, from, to, actor, reason, clock.GetUtcNow()));
            await state.WriteStateAsync();
        }
        catch
        {
            await state.ReadStateAsync();
            if (attaching)
            {
                await ReleaseAsync(); // nothing was acknowledged: the estate lets go of the draft again
            }

            throw;
        }

        if (ContractLifecycle.IsFinal(to))
        {
            await ReleaseAsync();
        }

        TellScorecard();
        return Snapshot();
    }

    private Task ArmAsync(ContractTerm term) =>
        this.RegisterOrUpdateReminder(ExpiryReminder, ContractLifecycle.UntilExpiry(term, clock.GetUtcNow(), LongestWait), RetryPeriod);

    /// <summary>Detaches the contract from its estate, then stops the clock. The contract's own change is already
    /// durable, so a failed detach does not fail the command: the clock retries it.</summary>
    private async Task ReleaseAsync()
    {
        var terms = S.Terms!;
        try
        {
            await Estate(terms).DetachContractAsync(ContractId);
        }
        catch (Exception ex)
        {
            log.LogWarning(ex, "Estate {EstateId} did not release contract {ContractId}; retrying", terms.EstateId, ContractId);
            await this.RegisterOrUpdateReminder(ExpiryReminder, RetryPeriod, RetryPeriod);
            return;
        }

        await StopClockAsync();
    }

    private async Task StopClockAsync()
    {
        if (await this.GetReminder(ExpiryReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    /// <summary>Lets the scorecard re-read the contract (the pool ranks by status too). Not awaited: the scorecard reads this
    /// grain back, and a missed refresh is made good when the scorecard next activates or takes an order.</summary>
    private void TellScorecard() =>
        GrainFactory.GetGrain<IContractScorecardGrain>(Keys.Scorecard(ContractId)).RefreshAsync().ContinueWith(
            t => log.LogWarning(t.Exception, "Scorecard of contract {ContractId} was not refreshed", ContractId),
            CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Current);

    private IEstateGrain Estate(PropertyContractTerms terms) => GrainFactory.GetGrain<IEstateGrain>(Keys.Estate(terms.EstateId));

    private PropertyContractSnapshot Snapshot() =>
        new(ContractId, S.Terms!, S.Status, [.. S.History], ContractLifecycle.IsInForce(S.Status, S.Terms!.Term, Today), S.CreatedAt);

    private void EnsureExists()
    {
        if (S.Terms is null)
        {
            throw Absent.Of(this, "contract", ContractId);
        }
    }
}
