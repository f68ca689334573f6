using System.Text.Json;

namespace Anju.Tests.Api;

/// <summary>An operation of the OpenAPI document: its method, path template, parameters and the fields of its JSON
/// body (name → JSON type as the schema says, "array" and "object" included; nested one level).</summary>
public sealed record FuzzOperation(
    string Method, string Path, IReadOnlyList<string> PathParameters, IReadOnlyList<string> QueryParameters,
    bool HasBody, bool BodyIsArray, IReadOnlyList<FuzzField> Fields)
{
    public bool IsCommand => Method != "GET";

    /// <summary>A batch answers 200 with an outcome per item (each bad item rejected with its reason), not a 4xx.</summary>
    public bool IsPerItem => Path is "/api/ingest/events" or "/api/dwellings/commands";

    public override string ToString() => $"{Method} {Path}";
}

/// <summary>A field of a body: its name and schema type; an array's item fields when they are objects.</summary>
public sealed record FuzzField(string Name, string Type, IReadOnlyList<FuzzField> Items);

public static class FuzzOperations
{
    /// <summary>Endpoints left out: signing in and out and one's own account would sign the fuzz client out; the
    /// rest is every operation the document lists.</summary>
    private static readonly string[] Excluded = ["/api/auth", "/api/account", "/api/me"];

    public static IReadOnlyList<FuzzOperation> From(JsonElement document)
    {
        var schemas = document.TryGetProperty("components", out var c) && c.TryGetProperty("schemas", out var s) ? s : default;
        var found = new List<FuzzOperation>();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (Excluded.Any(x => path.Name.StartsWith(x, StringComparison.Ordinal)))
            {
                continue;
            }

            foreach (var op in path.Value.EnumerateObject())
            {
                var method = op.Name.ToUpperInvariant();
                if (method is not ("GET" or "POST" or "PUT" or "DELETE" or "PATCH"))
                {
                    continue;
                }

                var parameters = op.Value.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
                var inPath = parameters.Where(x => x.GetProperty("in").GetString() == "path").Select(x => x.GetProperty("name").GetString()!).ToList();
                var inQuery = parameters.Where(x => x.GetProperty("in").GetString() == "query").Select(x => x.GetProperty("name").GetString()!).ToList();
                var body = op.Value.TryGetProperty("requestBody", out var b) && b.TryGetProperty("content", out var content)
                    ? content.EnumerateObject().Select(m => m.Value.TryGetProperty("schema", out var schema) ? schema : default).FirstOrDefault()
                    : (JsonElement?)null;
                var hasBody = body is not null || path.Name.StartsWith("/open311", StringComparison.Ordinal) && method == "POST"
                    || path.Name == "/api/ingest/events";
                var resolved = body is { } schemaOf ? Resolve(schemaOf, schemas) : default;
                var isArray = resolved.ValueKind == JsonValueKind.Object && Type(resolved) == "array";
                var fields = resolved.ValueKind == JsonValueKind.Object
                    ? Fields(isArray && resolved.TryGetProperty("items", out var items) ? Resolve(items, schemas) : resolved, schemas, 0)
                    : [];
                found.Add(new FuzzOperation(method, path.Name, inPath, inQuery, hasBody, isArray, fields));
            }
        }

        return found;
    }

    private static List<FuzzField> Fields(JsonElement schema, JsonElement schemas, int depth)
    {
        if (depth > 2 || !schema.TryGetProperty("properties", out var properties))
        {
            return [];
        }

        return [.. properties.EnumerateObject().Select(p =>
        {
            var field = Resolve(p.Value, schemas);
            var type = Type(field);
            var items = type == "array" && field.TryGetProperty("items", out var i) ? Fields(Resolve(i, schemas), schemas, depth + 1)
                : type == "object" ? Fields(field, schemas, depth + 1) : [];
            return new FuzzField(p.Name, type, items);
        })];
    }

    private static string Type(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : "string";
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()!).FirstOrDefault(t => t != "null") ?? "string"
            : type.GetString() ?? "string";
    }

    private static JsonElement Resolve(JsonElement schema, JsonElement schemas)
    {
        for (var i = 0; i < 5 && schema.ValueKind == JsonValueKind.Object; i++)
        {
            if (schema.TryGetProperty("$ref", out var reference) && schemas.ValueKind == JsonValueKind.Object)
            {
                var name = reference.GetString()!.Split('/')[^1];
                if (!schemas.TryGetProperty(name, out schema))
                {
                    return default;
                }
            }
            else if (schema.TryGetProperty("oneOf", out var one) || schema.TryGetProperty("anyOf", out one))
            {
                schema = one.EnumerateArray().FirstOrDefault(x => !(x.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null"));
            }
            else
            {
                return schema;
            }
        }

        return schema;
    }
}
