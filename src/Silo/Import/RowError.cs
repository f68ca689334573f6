namespace Anju.Silo.Import;

/// <summary>One thing wrong with an import file: the row (the header is row 1), the column at fault and why.</summary>
public sealed record RowError(int Row, string Field, string Message);
