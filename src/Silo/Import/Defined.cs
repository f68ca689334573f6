namespace Anju.Silo.Import;

/// <summary>A command taken from the file, with the row that first gave it (where its errors are reported).</summary>
public sealed record Defined<T>(int Row, T Command);
