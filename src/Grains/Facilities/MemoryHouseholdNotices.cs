using System.Collections.Concurrent;

namespace Anju.Facilities;

/// <summary>Household notices in memory, for clusters whose grain storage is memory too (tests).</summary>
internal sealed class MemoryHouseholdNotices(TimeProvider clock) : IHouseholdNotices
{
    private readonly ConcurrentDictionary<(string Order, string Dwelling), HouseholdNotice> _notices = new();

    public Task IssueAsync(string orderId, string estateId, IReadOnlyList<string> dwellingIds, string kind, string text)
    {
        ArgumentNullException.ThrowIfNull(dwellingIds);
        var now = clock.GetUtcNow();
        foreach (var dwellingId in dwellingIds)
        {
            _notices.TryAdd((orderId, dwellingId), new HouseholdNotice(orderId, estateId, dwellingId, now, kind, text));
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<HouseholdNotice>> OfOrderAsync(string orderId) =>
        Task.FromResult<IReadOnlyList<HouseholdNotice>>([.. _notices.Values.Where(n => n.OrderId == orderId).OrderBy(n => n.DwellingId, StringComparer.Ordinal)]);

    public Task<IReadOnlyList<HouseholdNotice>> OfDwellingAsync(string estateId, string dwellingId, int take) =>
        Task.FromResult<IReadOnlyList<HouseholdNotice>>([.. _notices.Values.Where(n => n.EstateId == estateId && n.DwellingId == dwellingId)
            .OrderByDescending(n => n.IssuedAt).Take(Math.Clamp(take, 0, 1000))]);
}
