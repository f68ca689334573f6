namespace Anju.Common;

/// <summary>
/// A grain reference kept for the key it was made for. Resolving a reference (<c>GetGrain</c>) reads the
/// interface's attributes by reflection on every call, and the rollup path (dwelling → grid → estate →
/// district → feed) resolves several references per change.
/// </summary>
internal sealed class GrainHandle<TGrain>
    where TGrain : IGrainWithStringKey
{
    private string? _key;
    private TGrain? _grain;

    public TGrain Get(IGrainFactory grains, string key)
    {
        ArgumentNullException.ThrowIfNull(grains);
        if (_grain is null || !string.Equals(_key, key, StringComparison.Ordinal))
        {
            (_grain, _key) = (grains.GetGrain<TGrain>(key), key);
        }

        return _grain;
    }
}
