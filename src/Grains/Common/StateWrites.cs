namespace Anju.Common;

/// <summary>Writing a grain's persistent state so that memory never holds a change storage refused.</summary>
internal static class StateWrites
{
    /// <summary>Persists the state; a failed write takes the change back out of memory (<paramref name="undo"/>) and
    /// the failure goes to the caller, whose command is then not acknowledged.</summary>
    public static async Task WriteOrUndoAsync<TState>(this IPersistentState<TState> state, Action undo)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(undo);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            undo();
            throw;
        }
    }

    /// <summary>Persists the state; a failed write reloads the stored state (taking the change back out of memory)
    /// and the failure goes to the caller, whose command is then not acknowledged.</summary>
    public static async Task WriteOrReloadAsync<TState>(this IPersistentState<TState> state)
    {
        ArgumentNullException.ThrowIfNull(state);
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            await state.ReadStateAsync();
            throw;
        }
    }
}
