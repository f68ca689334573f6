using System.Runtime.CompilerServices;

namespace Anju.Common;

/// <summary>
/// A grain asked under an id nothing was ever stored for: the caller gets a <see cref="NotFoundException"/> (a 404), and
/// the activation goes a moment later, where it would otherwise hold its memory (a few KB) until idle collection:
/// 10,000 requests for made-up ids kept 10,000 activations. Not at once: an id asked many times concurrently (a
/// fuzzer, a retrying client) then bounced its queued calls from one deactivating activation to the next until Orleans
/// gave up forwarding them (a 503); lingering <see cref="Linger"/> answers them all with the same 404.
/// </summary>
internal static class Absent
{
    public static readonly TimeSpan Linger = TimeSpan.FromSeconds(2);

    private static readonly ConditionalWeakTable<IGrainBase, object> Leaving = [];

    public static NotFoundException Of(IGrainBase grain, string kind, string id)
    {
        ArgumentNullException.ThrowIfNull(grain);
        if (Leaving.TryAdd(grain, Leaving))
        {
            grain.RegisterGrainTimer(() =>
            {
                grain.DeactivateOnIdle();
                return Task.CompletedTask;
            }, Linger, Timeout.InfiniteTimeSpan);
        }

        return new NotFoundException(kind, id);
    }
}
