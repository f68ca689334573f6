namespace Anju.Facilities;

/// <summary>One notice to one household about a fault that affects it (a lift of its building out of service).</summary>
public sealed record HouseholdNotice(string OrderId, string EstateId, string DwellingId, DateTimeOffset IssuedAt, string Kind, string Text);

/// <summary>Where household notices are kept: PostgreSQL on a silo (<c>anju_household_notices</c>), memory in test
/// clusters. Issuing is idempotent per order and dwelling, so an order retries until it succeeds.</summary>
public interface IHouseholdNotices
{
    /// <summary>Stores a notice for each dwelling (those already noticed for this order are left as they are).</summary>
    Task IssueAsync(string orderId, string estateId, IReadOnlyList<string> dwellingIds, string kind, string text);

    /// <summary>The notices of one order, by dwelling.</summary>
    Task<IReadOnlyList<HouseholdNotice>> OfOrderAsync(string orderId);

    /// <summary>The newest notices of one dwelling, newest first.</summary>
    Task<IReadOnlyList<HouseholdNotice>> OfDwellingAsync(string estateId, string dwellingId, int take);
}
