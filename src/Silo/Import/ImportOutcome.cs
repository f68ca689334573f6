namespace Anju.Silo.Import;

/// <summary>An import either applied (<see cref="Result"/>) or was refused whole (<see cref="Errors"/>, nothing stored).</summary>
public sealed record ImportOutcome(ImportResult? Result, IReadOnlyList<RowError> Errors)
{
    public static ImportOutcome Rejected(IReadOnlyList<RowError> errors) => new(null, errors);
}
