namespace Anju.Silo.Import;

/// <summary>Progress of the current (or last) import, as <c>GET /api/import/status</c> answers it.</summary>
public sealed record ImportStatus(
    ImportPhase Phase,
    DateTimeOffset? StartedAt,
    int RowsRead,
    int DwellingsTotal,
    int DwellingsDone,
    double ElapsedSeconds,
    double DwellingsPerSecond,
    double? SecondsLeft,
    string? Outcome);
