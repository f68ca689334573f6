namespace Anju.Demo.Seeding;

/// <summary>How seeding one dwelling ended.</summary>
public enum DwellingOutcome
{
    /// <summary>Created (or found) and brought to its planned state.</summary>
    Seeded,

    /// <summary>It already existed in a state off the planned path (it was driven since): left as it is.</summary>
    LeftAsIs,

    /// <summary>A request failed.</summary>
    Failed,
}
