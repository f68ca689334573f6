using System.Collections.Concurrent;

namespace Anju.Demo.Seeding;

/// <summary>Counts outcomes from concurrent workers and keeps the first few problems to show.</summary>
public sealed class SeedReport
{
    private const int MaxSamples = 5;
    private readonly ConcurrentDictionary<string, string> _failedEstates = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _samples = new();
    private readonly int[] _counts = new int[Enum.GetValues<DwellingOutcome>().Length];

    public int Count(DwellingOutcome outcome) => Volatile.Read(ref _counts[(int)outcome]);

    public int FailedEstates => _failedEstates.Count;

    public bool HasFailed(string estateId) => _failedEstates.ContainsKey(estateId);

    public void EstateFailed(string estateId, string problem)
    {
        _failedEstates[estateId] = problem;
        Sample($"estate {estateId}: {problem}");
    }

    public void Add(DwellingOutcome outcome, string? detail)
    {
        Interlocked.Increment(ref _counts[(int)outcome]);
        if (detail is not null)
        {
            Sample(detail);
        }
    }

    public IEnumerable<string> Samples => _samples;

    private void Sample(string line)
    {
        if (_samples.Count < MaxSamples)
        {
            _samples.Enqueue(line);
        }
    }
}
