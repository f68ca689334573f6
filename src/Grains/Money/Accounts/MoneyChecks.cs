using System.Globalization;
using Anju.Common;

namespace Anju.Money;

/// <summary>Field checks of the public-revenue account and the commercial units: amounts in yuan with at most two
/// places and within <see cref="Validate.MaxAmount"/>, months <c>yyyy-MM</c> and days between 2000 and 2100, entry ids.
/// Each failure names the field. <see cref="Fen"/> is the one rounding rule (to the fen, half away from zero).</summary>
public static class MoneyChecks
{
    /// <summary>Rounds to the fen (0.01 yuan), half away from zero.</summary>
    public static decimal Fen(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>A required amount in yuan, checked as every command's amount is (<see cref="Validate.Amount"/>).</summary>
    public static decimal Amount(string field, decimal? value) =>
        value is { } amount ? Validate.Amount(field, amount) : throw new ValidationException(field, $"{field} is required.");

    /// <summary>A day between 2000-01-01 and 2100-12-31.</summary>
    public static DateOnly Day(string field, DateOnly? value) =>
        value is { } day ? Validate.Day(field, day) : throw new ValidationException(field, $"{field} is required.");

    /// <summary>A day written <c>yyyy-MM-dd</c>, between 2000 and 2100.</summary>
    public static DateOnly Day(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? throw new ValidationException(field, $"{field} is required.")
        : DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? Day(field, (DateOnly?)day)
        : throw new ValidationException(field, $"{field} must be a day written yyyy-MM-dd.");

    /// <summary>A month written <c>yyyy-MM</c>, between 2000-01 and 2100-12; answers it as written.</summary>
    public static string Month(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length != 7
            || !DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
        {
            throw new ValidationException(field, $"{field} must be a month written yyyy-MM.");
        }

        Day(field, first);
        return value;
    }

    /// <summary>The first day of a month already checked by <see cref="Month"/>.</summary>
    public static DateOnly FirstDay(string month) =>
        DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The month (<c>yyyy-MM</c>) a day falls in.</summary>
    public static string MonthOf(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>A required id making a repeat harmless (a receipt number, a voucher, a client's id): 1–64 characters.</summary>
    public static string EntryId(string field, string? value) =>
        Validate.CommandId(field, value) ?? throw new ValidationException(field, $"{field} is required.");

    /// <summary>Optional text of at most <paramref name="max"/> characters, trimmed ("" when absent).</summary>
    public static string Optional(string field, string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? "" : Validate.Text(field, value, max);
}
