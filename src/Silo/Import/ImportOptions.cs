using static Anju.Hosting.OptionsCheck;

namespace Anju.Silo.Import;

/// <summary>How bulk onboarding runs (configuration section "Import").</summary>
public sealed class ImportOptions
{
    /// <summary>Dwellings per <c>AddDwellingsAsync</c> call (default 500): big enough to keep the storage busy,
    /// small enough that one call ends well inside Orleans' 30 s response time-out.</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>Estates applied at once (default 4). Each estate takes its batches one at a time, so this
    /// bounds the dwelling writes in flight to about <see cref="Parallelism"/> × <see cref="BatchSize"/>.</summary>
    public int Parallelism { get; set; } = 4;

    /// <summary>Largest request body accepted by <c>POST /api/import</c> (default 256 MB; other endpoints keep Kestrel's 30 MB).</summary>
    public long MaxRequestBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Row errors listed in a refusal (default 1000); the total is always given.</summary>
    public int MaxListedErrors { get; set; } = 1000;

    /// <summary>How often a running import logs its progress (default 5 s).</summary>
    public TimeSpan ProgressLogInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>What is wrong with these options, naming the setting; null when nothing is (checked at start).</summary>
    public string? Problem() => First(
        Between("Import:BatchSize", BatchSize, 1, 10_000),
        Between("Import:Parallelism", Parallelism, 1, 64),
        Between("Import:MaxRequestBytes", MaxRequestBytes, 1_024, 1L << 34),
        Between("Import:MaxListedErrors", MaxListedErrors, 1, 1_000_000),
        Positive("Import:ProgressLogInterval", ProgressLogInterval));
}
