namespace Anju.Silo.Import;

/// <summary>Where the current (or last) import stands.</summary>
public enum ImportPhase
{
    /// <summary>No import since the silo started.</summary>
    Idle,

    /// <summary>Receiving and parsing the file.</summary>
    Reading,

    /// <summary>Checking the rules and what is stored.</summary>
    Checking,

    /// <summary>Storing estates, structure and dwellings.</summary>
    Applying,

    /// <summary>Applied in full.</summary>
    Done,

    /// <summary>Refused: the file had errors and nothing was stored.</summary>
    Rejected,

    /// <summary>Stopped by an error while applying; importing the file again completes it.</summary>
    Failed,
}
