using System.Text.Json;

namespace Anju.Community;

/// <summary>Whether a command repeats what is stored. Records holding lists compare lists by reference, so content is
/// compared as its JSON: a repeat answers as before, the same id with other content is a conflict.</summary>
internal static class SameContent
{
    /// <summary>True when <paramref name="stored"/> exists and equals <paramref name="next"/> (apply nothing); a
    /// <see cref="ConflictException"/> when it exists with other content; false when it does not exist.</summary>
    public static bool Seen<T>(T? stored, T next, string what)
        where T : class =>
        stored is not null && (JsonSerializer.Serialize(stored) == JsonSerializer.Serialize(next)
            ? true
            : throw new ConflictException($"{what} was already recorded with other content."));
}
