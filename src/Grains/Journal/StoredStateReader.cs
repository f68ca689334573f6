using Orleans.Serialization;
using Orleans.Storage;

namespace Anju.Journal;

/// <summary>
/// Reads many grains' states from <see cref="IStoredStates"/> as each grain's activation would (the snapshot, then the
/// journal's row when it is newer: <see cref="JournaledState{TState}"/>), without activating any of them.
/// </summary>
internal sealed class StoredStateReader<TState>(IStoredStates store, Serializer<TState> binary, IGrainStorageSerializer json)
    where TState : class, IVersionedState
{
    private readonly JournalPayload<TState> _payload = new(binary, json);

    /// <summary>False when the host keeps no store to read from: ask the grains instead.</summary>
    public bool Available => store.Available;

    /// <summary>The states found, by grain key; a key without a snapshot is left out (its grain was never written).</summary>
    public async Task<IReadOnlyDictionary<string, TState>> ReadAsync(string stateName, IReadOnlyList<string> grainKeys)
    {
        var found = new Dictionary<string, TState>(StringComparer.Ordinal);
        foreach (var stored in await store.ReadAsync(stateName, grainKeys))
        {
            if (Decode(stored) is { } state)
            {
                found[stored.GrainKey] = state;
            }
        }

        return found;
    }

    private TState? Decode(StoredState stored)
    {
        if (stored.Snapshot is not { Length: > 0 } snapshot)
        {
            return null; // the journal is only read over a snapshot, as on activation
        }

        var state = json.Deserialize<TState>(new BinaryData(snapshot));
        if (state is null)
        {
            return null;
        }

        return stored.Journal is { } newer && newer.Version > state.Version
            ? _payload.Read(newer.Payload) ?? throw new InvalidOperationException($"Journal row {stored.GrainKey} v{newer.Version} holds no state.")
            : state;
    }
}
