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

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9-]{0,31}$")]
    private static partial Regex IdPattern();
}
