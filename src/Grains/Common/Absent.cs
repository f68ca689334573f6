namespace Anju.Common;

/// <summary>
/// A grain asked under an id nothing was ever stored for: the caller gets a <see cref="NotFoundException"/> (a 404), and
/// the activation ends once this call does, where it would otherwise hold its memory (a few KB) until idle collection:
/// 10,000 requests for made-up ids kept 10,000 activations.
/// </summary>
internal static class Absent
{
    public static NotFoundException Of(IGrainBase grain, string kind, string id)
    {
        grain.DeactivateOnIdle();
        return new NotFoundException(kind, id);
    }
}
