using Anju.Errors;

namespace Anju.Silo.Api;

/// <summary>Turns nullable request fields into command values, naming the field when one is missing or wrong.</summary>
public static class Parse
{
    public static T Required<T>(string field, T? value)
        where T : struct =>
        value ?? throw new ValidationException(field, $"{field} is required.");

    public static string Required(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? throw new ValidationException(field, $"{field} is required.") : value;

    public static T Enum<T>(string field, string? value)
        where T : struct, System.Enum =>
        value is not null && !int.TryParse(value, out _) && System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed)
            ? parsed
            : throw new ValidationException(field, $"{field} must be one of {string.Join(", ", System.Enum.GetNames<T>())}.");

    /// <summary>A [Flags] enum from a list of names; empty or null means none.</summary>
    public static T Flags<T>(string field, IReadOnlyList<string>? names)
        where T : struct, System.Enum =>
        (T)(object)(names ?? []).Aggregate(0, (acc, name) => acc | Convert.ToInt32(Enum<T>(field, name), System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The items of a list in a body; a <c>null</c> item is a 400 naming it (<c>field[i]</c>), an absent list is empty.</summary>
    public static IReadOnlyList<T> Items<T>(string field, IReadOnlyList<T?>? items)
        where T : class
    {
        if (items is null)
        {
            return [];
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                throw new ValidationException($"{field}[{i}]", $"{field}[{i}] must not be null.");
            }
        }

        return items!;
    }

    public static void Page(int skip, int take)
    {
        if (skip < 0)
        {
            throw new ValidationException("skip", "skip must not be negative.");
        }

        if (take is < 1 or > 1000)
        {
            throw new ValidationException("take", "take must be between 1 and 1000.");
        }
    }
}
