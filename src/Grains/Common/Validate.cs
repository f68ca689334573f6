using System.Text.RegularExpressions;

namespace Anju.Common;

/// <summary>Field checks shared by every command; each failure names the field.</summary>
public static partial class Validate
{
    /// <summary>Ids are short codes of letters, digits and dashes, e.g. <c>TH-0001</c> or <c>3-2-1501</c>.</summary>
    public static string Id(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ValidationException(field, $"{field} is required.");
        }

        if (!IdPattern().IsMatch(value))
        {
            throw new ValidationException(field, $"{field} must be 1–32 letters, digits or dashes, starting with a letter or digit.");
        }

        return value;
    }

    /// <summary>Non-empty text of at most <paramref name="max"/> characters, trimmed.</summary>
    public static string Text(string field, string? value, int max = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ValidationException(field, $"{field} is required.");
        }

        var trimmed = value.Trim();
        return trimmed.Length <= max
            ? trimmed
            : throw new ValidationException(field, $"{field} must be at most {max} characters.");
    }

    /// <summary>The longest client command id taken (a UUID is 36).</summary>
    public const int MaxCommandId = 64;

    /// <summary>A client's command id (idempotency key): absent, or 1–64 characters with no white space around them
    /// (an id is compared as sent, so " a" and "a" must not both pass).</summary>
    public static string? CommandId(string field, string? value) =>
        value is null ? null
        : value.Length is > 0 and <= MaxCommandId && value.Trim().Length == value.Length ? value
        : throw new ValidationException(field, $"{field} must be 1 to {MaxCommandId} characters, without white space around them.");

    /// <summary>A finite, strictly positive number.</summary>
    public static double Positive(string field, double value) =>
        double.IsFinite(value) && value > 0
            ? value
            : throw new ValidationException(field, $"{field} must be a positive number.");

    /// <summary>The largest amount of money any command takes, in yuan: far above any rent, fee or repair, far below
    /// what would overflow a sum of many of them.</summary>
    public const decimal MaxAmount = 100_000_000m;

    /// <summary>An amount of money in yuan: more than 0, at most <see cref="MaxAmount"/>, in whole fen.</summary>
    public static decimal Amount(string field, decimal value) =>
        value <= 0m ? throw new ValidationException(field, $"{field} must be more than 0.")
        : value > MaxAmount ? throw new ValidationException(field, $"{field} must be at most {MaxAmount:0}.")
        : decimal.Round(value, 2) != value ? throw new ValidationException(field, $"{field} must be in whole fen (at most 2 decimal places).")
        : value;

    /// <summary>The first and last years a date in a command may fall in: no record of this system is older, and a
    /// date far ahead is a typing error.</summary>
    public const int FirstYear = 2000;

    public const int LastYear = 2100;

    /// <summary>A calendar day between <see cref="FirstYear"/> and <see cref="LastYear"/>.</summary>
    public static DateOnly Day(string field, DateOnly value) =>
        value.Year is >= FirstYear and <= LastYear ? value
        : throw new ValidationException(field, $"{field} must be a date between {FirstYear} and {LastYear}.");

    /// <summary>An instant between <see cref="FirstYear"/> and <see cref="LastYear"/> (UTC).</summary>
    public static DateTimeOffset Instant(string field, DateTimeOffset value) =>
        value.UtcDateTime.Year is >= FirstYear and <= LastYear ? value
        : throw new ValidationException(field, $"{field} must be a time between {FirstYear} and {LastYear}.");

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,31}$")]
    private static partial Regex IdPattern();
}
