
namespace Anju.Contracts;

/// <summary>The property-service contract lifecycle as a pure table, plus the date guards that go with it.</summary>
internal static class ContractLifecycle
{
    private static readonly Dictionary<(ContractStatus, ContractAction), ContractStatus> Table = new()
    {
        [(ContractStatus.Draft, ContractAction.Activate)] = ContractStatus.Active,
        [(ContractStatus.Draft, ContractAction.Terminate)] = ContractStatus.Terminated,
        [(ContractStatus.Active, ContractAction.Suspend)] = ContractStatus.Suspended,
        [(ContractStatus.Active, ContractAction.Terminate)] = ContractStatus.Terminated,
        [(ContractStatus.Active, ContractAction.Expire)] = ContractStatus.Expired,
        [(ContractStatus.Suspended, ContractAction.Resume)] = ContractStatus.Active,
        [(ContractStatus.Suspended, ContractAction.Terminate)] = ContractStatus.Terminated,
        [(ContractStatus.Suspended, ContractAction.Expire)] = ContractStatus.Expired,
    };

    /// <summary>The status <paramref name="action"/> leads to from <paramref name="from"/>, or null when illegal.</summary>
    public static ContractStatus? TryNext(ContractStatus from, ContractAction action) =>
        Table.TryGetValue((from, action), out var to) ? to : null;

    /// <summary>The next status, or a <see cref="ConflictException"/> naming the illegal step.</summary>
    public static ContractStatus Next(ContractStatus from, ContractAction action) =>
        TryNext(from, action) ?? throw new ConflictException($"A contract that is {from} cannot {action}.");

    /// <summary>The next status on <paramref name="today"/>: as <see cref="Next(ContractStatus, ContractAction)"/>, and also refuses to activate or
    /// resume a contract whose term is over, and to expire one whose term is still running.</summary>
    public static ContractStatus Next(ContractStatus from, ContractAction action, ContractTerm term, DateOnly today)
    {
        var to = Next(from, action);
        if (action is ContractAction.Activate or ContractAction.Resume && today > term.End)
        {
            throw new ConflictException($"The term ended on {term.End:yyyy-MM-dd}; the contract cannot {action}.");
        }

        if (action == ContractAction.Expire && today <= term.End)
        {
            throw new ConflictException($"The term runs until {term.End:yyyy-MM-dd}; the contract cannot expire yet.");
        }

        return to;
    }

    /// <summary>True when the contract is final (terminated or expired).</summary>
    public static bool IsFinal(ContractStatus status) => status is ContractStatus.Terminated or ContractStatus.Expired;

    /// <summary>True when the company serves on <paramref name="today"/>: active and inside the term.</summary>
    public static bool IsInForce(ContractStatus status, ContractTerm term, DateOnly today) =>
        status == ContractStatus.Active && today >= term.Start && today <= term.End;

    /// <summary>True when a live (active or suspended) contract's term is over and it should be expired.</summary>
    public static bool ShouldExpire(ContractStatus status, ContractTerm term, DateOnly today) =>
        status is ContractStatus.Active or ContractStatus.Suspended && today > term.End;

    /// <summary>How long until the expiry clock should next tick: the first moment (UTC) after the term's last day,
    /// at most <paramref name="longest"/> away (a long term is reached in hops), never negative.</summary>
    public static TimeSpan UntilExpiry(ContractTerm term, DateTimeOffset now, TimeSpan longest)
    {
        var due = new DateTimeOffset(term.End.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) - now;
        return due < TimeSpan.Zero ? TimeSpan.Zero : due > longest ? longest : due;
    }
}
