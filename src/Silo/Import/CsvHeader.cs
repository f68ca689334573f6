namespace Anju.Silo.Import;

/// <summary>A CSV file's header row read against the columns an import knows: the one check every importer makes
/// before reading a row.</summary>
public static class CsvHeader
{
    /// <summary>Column name → cell index; null (with errors on line 1) unless every required column is there once
    /// and no unknown column is.</summary>
    public static Dictionary<string, int>? Columns(IReadOnlyList<string> header, IReadOnlyList<string> all, IEnumerable<string> required, List<RowError> errors)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(required);
        ArgumentNullException.ThrowIfNull(errors);
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim();
            if (!all.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(new RowError(1, name, $"Unknown column '{name}'; the columns are {string.Join(",", all)}."));
            }
            else if (!columns.TryAdd(name, i))
            {
                errors.Add(new RowError(1, name, $"Column '{name}' appears more than once."));
            }
        }

        foreach (var missing in required.Where(c => !columns.ContainsKey(c)))
        {
            errors.Add(new RowError(1, missing, $"Column '{missing}' is missing from the header."));
        }

        return errors.Count == 0 ? columns : null;
    }
}
