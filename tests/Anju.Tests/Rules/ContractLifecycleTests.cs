using Anju.Contracts;
using Anju.Errors;

namespace Anju.Tests.Rules;

public class ContractLifecycleTests
{
    private static readonly ContractTerm Term = new(new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31));

    [Theory]
    [InlineData(ContractStatus.Draft, ContractAction.Activate, ContractStatus.Active)]
    [InlineData(ContractStatus.Draft, ContractAction.Terminate, ContractStatus.Terminated)]
    [InlineData(ContractStatus.Active, ContractAction.Suspend, ContractStatus.Suspended)]
    [InlineData(ContractStatus.Suspended, ContractAction.Resume, ContractStatus.Active)]
    [InlineData(ContractStatus.Active, ContractAction.Terminate, ContractStatus.Terminated)]
    [InlineData(ContractStatus.Suspended, ContractAction.Terminate, ContractStatus.Terminated)]
    [InlineData(ContractStatus.Active, ContractAction.Expire, ContractStatus.Expired)]
    public void Legal_step_leads_to_the_documented_status(ContractStatus from, ContractAction action, ContractStatus to) =>
        Assert.Equal(to, ContractLifecycle.Next(from, action));

    [Theory]
    [InlineData(ContractStatus.Draft, ContractAction.Suspend)]
    [InlineData(ContractStatus.Draft, ContractAction.Expire)]
    [InlineData(ContractStatus.Active, ContractAction.Activate)]
    [InlineData(ContractStatus.Terminated, ContractAction.Activate)]
    [InlineData(ContractStatus.Expired, ContractAction.Resume)]
    public void Illegal_step_is_refused_with_a_conflict(ContractStatus from, ContractAction action)
    {
        Assert.Null(ContractLifecycle.TryNext(from, action));
        Assert.Contains(action.ToString(), Assert.Throws<ConflictException>(() => ContractLifecycle.Next(from, action)).Message);
    }

    [Fact]
    public void Terminated_and_expired_are_final()
    {
        foreach (var status in new[] { ContractStatus.Terminated, ContractStatus.Expired })
        {
            Assert.True(ContractLifecycle.IsFinal(status));
            Assert.All(Enum.GetValues<ContractAction>(), a => Assert.Null(ContractLifecycle.TryNext(status, a)));
        }
    }

    [Fact]
    public void A_contract_whose_term_is_over_cannot_be_activated_and_one_still_running_cannot_expire()
    {
        Assert.Throws<ConflictException>(() => ContractLifecycle.Next(ContractStatus.Draft, ContractAction.Activate, Term, new DateOnly(2029, 1, 1)));
        Assert.Throws<ConflictException>(() => ContractLifecycle.Next(ContractStatus.Active, ContractAction.Expire, Term, new DateOnly(2028, 12, 31)));
        Assert.Equal(ContractStatus.Expired, ContractLifecycle.Next(ContractStatus.Active, ContractAction.Expire, Term, new DateOnly(2029, 1, 1)));
    }

    [Fact]
    public void A_contract_is_in_force_only_while_active_and_inside_its_term()
    {
        Assert.True(ContractLifecycle.IsInForce(ContractStatus.Active, Term, new DateOnly(2026, 1, 1)));
        Assert.False(ContractLifecycle.IsInForce(ContractStatus.Active, Term, new DateOnly(2025, 12, 31)));
        Assert.False(ContractLifecycle.IsInForce(ContractStatus.Suspended, Term, new DateOnly(2027, 1, 1)));
    }

    [Fact]
    public void Live_contracts_past_their_term_should_expire()
    {
        Assert.True(ContractLifecycle.ShouldExpire(ContractStatus.Suspended, Term, new DateOnly(2029, 1, 1)));
        Assert.False(ContractLifecycle.ShouldExpire(ContractStatus.Active, Term, new DateOnly(2028, 12, 31)));
        Assert.False(ContractLifecycle.ShouldExpire(ContractStatus.Draft, Term, new DateOnly(2029, 1, 1)));
    }
}
