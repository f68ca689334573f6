using System.Globalization;
using System.Text.Json;
using Anju.Errors;
using Anju.Silo.Api;

namespace Anju.Silo.Open311;

/// <summary>The parameters of <c>POST requests.json</c>, read from the spec's form encoding or from JSON with the same
/// names (<c>attribute</c> as an object, or flat <c>attribute[code]</c> keys), from a form sent as
/// <c>multipart/form-data</c> too. A field holding a NUL or text that is not UTF-8 is a 400 naming it.</summary>
public sealed class Open311Input
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public string? this[string name] => _values.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    public string? Attribute(string code) => this[$"attribute[{code}]"];

    public double? Number(string name) =>
        this[name] is not { } text ? null
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v
        : throw new ValidationException(name, $"{name} must be a number.");

    public static async Task<Open311Input> ReadAsync(HttpRequest request)
    {
        var input = new Open311Input();
        if (request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync();
            }
            catch (InvalidDataException ex)
            {
                throw new ValidationException("body", $"The form could not be read: {ex.Message}");
            }

            foreach (var (key, value) in form)
            {
                input._values[key] = value.ToString();
            }
        }
        else if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            JsonDocument document;
            try
            {
                document = await JsonDocument.ParseAsync(request.Body);
            }
            catch (JsonException ex)
            {
                throw new ValidationException("body", $"The JSON body could not be read: {ex.Message}");
            }

            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    throw new ValidationException("body", "The JSON body must be an object.");
                }

                JsonText.Check(document.RootElement, "body");

                foreach (var p in document.RootElement.EnumerateObject())
                {
                    if (p.Name == "attribute" && p.Value.ValueKind == JsonValueKind.Object)
                    {
                        foreach (var a in p.Value.EnumerateObject())
                        {
                            input._values[$"attribute[{a.Name}]"] = Text(a.Value);
                        }
                    }
                    else
                    {
                        input._values[p.Name] = Text(p.Value);
                    }
                }
            }
        }
        else
        {
            throw new ValidationException("body", "Send the request form-encoded (application/x-www-form-urlencoded) or as JSON.");
        }

        foreach (var (name, value) in input._values)
        {
            if (JsonText.Problem(name) is { } badName)
            {
                throw new ValidationException("body", $"A field name {badName}.");
            }

            // A form decoder turns bytes that are not UTF-8 into U+FFFD; no Open311 field has a reason to hold one.
            if ((JsonText.Problem(value) ?? (value.Contains('\uFFFD', StringComparison.Ordinal) ? "is not valid UTF-8" : null)) is { } badValue)
            {
                throw new ValidationException(name, $"{name} {badValue}.");
            }
        }

        return input;
    }

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "",
    };
}
