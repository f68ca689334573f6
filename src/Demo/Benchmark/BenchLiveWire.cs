namespace Anju.Demo.Benchmark;

/// <summary>
/// The part of a district update a benchmark screen reads. Both hub protocols bind it by name (JSON's camelCase
/// case-insensitively, MessagePack's .NET names exactly) and skip every other field, so a screen decodes only what it
/// measures instead of building a document of the whole status.
/// </summary>
public sealed class BenchLiveUpdate
{
    public string? Scope { get; set; }

    public BenchLiveDistrict? Payload { get; set; }
}

/// <summary>A district status, as far as the benchmark reads it.</summary>
public sealed class BenchLiveDistrict
{
    public List<BenchLiveEstate>? Estates { get; set; }
}

/// <summary>An estate summary: its id, its version (the Unix milliseconds of its newest change under steady load) and
/// <c>changes</c>, the sum of its dwellings' versions.</summary>
public sealed class BenchLiveEstate
{
    public string? EstateId { get; set; }

    public long Version { get; set; }

    public long Changes { get; set; }
}
