using Anju.Journal;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;

namespace Anju.Dwellings;

/// <summary>
/// Dwellings' summaries read from storage, none of them activated: the summary each dwelling would give
/// (<see cref="DwellingView.Summary"/> over the state its activation would load). A grid rebuilding after its silo died
/// reads its ~200 members in one statement; the dwellings themselves stay asleep until something asks them.
/// </summary>
internal sealed class StoredDwellings(IStoredStates store, Serializer<DwellingState> binary, IGrainStorageSerializer json, IOptions<ResidencyOptions> options)
{
    private const string StateName = "dwelling";
    private readonly StoredStateReader<DwellingState> _reader = new(store, binary, json);
    private readonly DwellingView _view = new(options.Value);

    /// <summary>False when the host keeps no store to read (a test cluster on memory storage): ask the dwellings.</summary>
    public bool Available => _reader.Available;

    /// <summary>The summaries of those of <paramref name="dwellingIds"/> that are stored, by dwelling id; a dwelling not
    /// found (never written) is left out for the caller to ask.</summary>
    public async Task<IReadOnlyDictionary<string, DwellingSummary>> SummariesAsync(string estateId, IReadOnlyCollection<string> dwellingIds, DateTimeOffset now)
    {
        var keys = dwellingIds.ToDictionary(id => Keys.Dwelling(estateId, id), id => id, StringComparer.Ordinal);
        var states = await _reader.ReadAsync(StateName, [.. keys.Keys]);
        return states.Where(s => s.Value.Exists).ToDictionary(s => keys[s.Key], s => _view.Summary(s.Value, now), StringComparer.Ordinal);
    }
}
