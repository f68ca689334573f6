using System.Text.Json;
using Anju.Errors;

namespace Anju.Silo.Api;

/// <summary>The body of a batch endpoint: a JSON array of at most a given length, else a 400 naming <c>body</c>.
/// Items are returned unread, so one bad item fails only itself; text that is not valid UTF-8, or holds a NUL, fails
/// the whole body (it is not the JSON the API speaks).</summary>
public static class JsonArrayBody
{
    public static async Task<IReadOnlyList<JsonElement>> ReadAsync(HttpRequest request, JsonSerializerOptions options, int maxItems, string items, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        JsonElement body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body, options, ct);
        }
        catch (JsonException ex)
        {
            throw new ValidationException("body", $"The body is not JSON: {ex.Message}");
        }

        JsonText.Check(body, "body");
        if (body.ValueKind != JsonValueKind.Array)
        {
            throw new ValidationException("body", $"The body must be a JSON array of {items}.");
        }

        if (body.GetArrayLength() > maxItems)
        {
            throw new ValidationException("body", $"At most {maxItems} {items} per batch.");
        }

        return [.. body.EnumerateArray()];
    }
}
