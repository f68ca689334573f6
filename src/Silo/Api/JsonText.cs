using System.Text.Json;
using System.Text.Json.Serialization;
using Anju.Errors;

namespace Anju.Silo.Api;

/// <summary>
/// Text in request bodies that no field may hold: a NUL character (PostgreSQL's text refuses it, and no name, note or
/// id has one) and strings that are not Unicode (invalid UTF-8 bytes, or an escaped lone surrogate such as
/// <c>"\ud800"</c>). Typed bodies meet <see cref="StrictStringConverter"/> (a 400 naming the body); bodies read as
/// <see cref="JsonElement"/> are checked whole by <see cref="Check"/> before any item is looked at.
/// </summary>
public static class JsonText
{
    /// <summary>Throws a <see cref="ValidationException"/> naming <paramref name="field"/> when any string or property
    /// name inside <paramref name="element"/> is not valid Unicode or holds a NUL.</summary>
    public static void Check(JsonElement element, string field)
    {
        try
        {
            Walk(element);
        }
        catch (InvalidOperationException)
        {
            throw new ValidationException(field, $"{field} holds text that is not valid UTF-8.");
        }
    }

    /// <summary>The problem with <paramref name="text"/> as field text, or null when there is none.</summary>
    public static string? Problem(string? text) =>
        text is not null && text.Contains('\0', StringComparison.Ordinal) ? "must not contain a NUL character" : null;

    private static void Walk(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                Refuse(element.GetString());
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Refuse(property.Name);
                    Walk(property.Value);
                }

                break;
        }
    }

    private static void Refuse(string? text)
    {
        if (Problem(text) is not null)
        {
            throw new InvalidOperationException("NUL");
        }
    }
}

/// <summary>Reads JSON strings for request bodies, refusing a NUL character and text that is not valid Unicode with a
/// <see cref="JsonException"/> (a 400 naming the body), where the default would store the NUL or fail with a 500.</summary>
public sealed class StrictStringConverter : JsonConverter<string>
{
    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a string, found {reader.TokenType}.");
        }

        string? text;
        try
        {
            text = reader.GetString();
        }
        catch (InvalidOperationException ex)
        {
            throw new JsonException("A string is not valid UTF-8.", ex);
        }

        return JsonText.Problem(text) is { } problem ? throw new JsonException($"A string {problem}.") : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value);
    }
}
