namespace Anju.Community;

/// <summary>An estate's environment (§4.8 綠化、違建、停車、寵物、垃圾分類): garbage stations, monthly sorting figures,
/// matters recorded by hand, counted with the incidents of the environment categories. Every command is acknowledged
/// once stored and is idempotent on its natural key. Key: <see cref="Keys.Environment"/>.</summary>
[Alias("Anju.Community.IEnvironmentGrain")]
public interface IEnvironmentGrain : IGrainWithStringKey
{
    /// <summary>Registers a garbage station (the same again: harmless; other content under the same id: 409).</summary>
    Task<EnvironmentView> RegisterStationAsync(GarbageStation station, string actor);

    /// <summary>Records a month's kilograms per stream; the same figures again are harmless, other figures for a month
    /// already recorded are a 409 (a correction is a new month's record, not an overwrite).</summary>
    Task<EnvironmentView> RecordSortingAsync(string month, IReadOnlyDictionary<WasteStream, decimal> kilograms, string actor);

    /// <summary>Records an environment matter by hand.</summary>
    Task<EnvironmentView> RecordMatterAsync(string recordId, EnvironmentCategory category, DateOnly date, string note, string actor);

    /// <summary>The register, the figures and the counts (the incidents' part read from the estate's book now).</summary>
    [ReadOnly]
    Task<EnvironmentView> GetAsync();
}
