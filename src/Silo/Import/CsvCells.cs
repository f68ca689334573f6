using System.Globalization;

namespace Anju.Silo.Import;

/// <summary>Typed reads of one CSV record by column name; every failure is recorded against the row and column.</summary>
public sealed class CsvCells(int row, string[] cells, IReadOnlyDictionary<string, int> columns, List<RowError> errors)
{
    public int Row => row;

    /// <summary>True once any cell of this row failed to parse.</summary>
    public bool Failed { get; private set; }

    public bool IsEmpty(string column) => Raw(column).Length == 0;

    /// <summary>The cell's text, "" when empty (the rules say whether that is allowed).</summary>
    public string Text(string column) => Raw(column);

    /// <summary>The cell's text, null when empty.</summary>
    public string? Optional(string column) => IsEmpty(column) ? null : Raw(column);

    /// <summary>A cell that groups rows (an id): it must be there.</summary>
    public string Key(string column) => IsEmpty(column) ? Fail(column, $"{column} is required.", "") : Raw(column);

    public double Double(string column) => Required(column, OptionalDouble);

    public int Int(string column) => Required(column, OptionalInt);

    public int? OptionalInt(string column) => Number(column, s =>
        int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : (int?)null, "a whole number");

    public double? OptionalDouble(string column) => Number(column, s =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (double?)null, "a number");

    public decimal? OptionalDecimal(string column) => Number(column, s =>
        decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : (decimal?)null, "a decimal number");

    public DateOnly? OptionalDate(string column) => Number(column, s =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v : (DateOnly?)null, "a date (yyyy-MM-dd)");

    public T Enum<T>(string column)
        where T : struct, System.Enum =>
        Required(column, OptionalEnum<T>);

    /// <summary>An enum by name (case-insensitive; numbers refused), null when empty.</summary>
    public T? OptionalEnum<T>(string column)
        where T : struct, System.Enum
    {
        var text = Raw(column);
        return text.Length == 0 ? null
            : TryEnum<T>(text) is { } value ? value
            : Fail<T?>(column, $"{column} must be one of {string.Join(", ", System.Enum.GetNames<T>())}, not '{text}'.", null);
    }

    /// <summary>A [Flags] enum from names separated by <c>|</c>; none when empty.</summary>
    public T Flags<T>(string column)
        where T : struct, System.Enum
    {
        var value = 0;
        foreach (var name in Raw(column).Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (TryEnum<T>(name) is not { } flag)
            {
                return Fail(column, $"{column} holds '{name}'; it takes {string.Join(", ", System.Enum.GetNames<T>())} separated by '|'.", default(T));
            }

            value |= Convert.ToInt32(flag, CultureInfo.InvariantCulture);
        }

        return (T)System.Enum.ToObject(typeof(T), value);
    }

    public T Fail<T>(string column, string message, T fallback)
    {
        errors.Add(new RowError(row, column, message));
        Failed = true;
        return fallback;
    }

    private static T? TryEnum<T>(string text)
        where T : struct, System.Enum =>
        !int.TryParse(text, out _) && System.Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed) ? parsed : null;

    private T? Number<T>(string column, Func<string, T?> parse, string kind)
        where T : struct
    {
        var text = Raw(column);
        return text.Length == 0 ? null : parse(text) ?? Fail<T?>(column, $"{column} must be {kind}, not '{text}'.", null);
    }

    private T Required<T>(string column, Func<string, T?> read)
        where T : struct =>
        IsEmpty(column) ? Fail(column, $"{column} is required.", default(T)) : read(column) ?? default;

    /// <summary>The cell's text; "" for an optional column the header leaves out.</summary>
    private string Raw(string column) => columns.TryGetValue(column, out var index) ? cells[index] : "";
}
