using System.Net.Http.Headers;
using System.Text;
using CsCheck;

namespace Anju.Tests.Api;

/// <summary>Ids the fuzz test uses: a real estate and contract (so a bad body reaches the endpoint's own checks) and
/// unknown ones carrying <see cref="Marker"/> (so anything stored under them is found).</summary>
public sealed record FuzzIds(string Estate, string Contract, string IngestKey)
{
    public const string Marker = "FZ";
}

/// <summary>One generated request; <see cref="MustFail"/> when it is certainly not a valid command (every command the
/// generator makes is bad in at least one way; a read with odd query values may still be answered).</summary>
public sealed record FuzzRequest(string Operation, string Method, string Url, string? ContentType, byte[]? Body, bool MustFail, string Kind)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Url);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        return message;
    }

    public override string ToString()
    {
        var body = Body is null ? "" : Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 160)).Replace("\0", "\\0", StringComparison.Ordinal);
        return $"{Method} {Url} [{Kind}; {ContentType}; {Body?.Length ?? 0} bytes] {body}";
    }
}

/// <summary>The request generator: an operation of the document, path ids real or unknown, and a body bad in one way.</summary>
public static class FuzzRequests
{
    private enum BodyKind
    {
        MalformedJson,
        WrongTypes,
        NullInArrays,
        Huge,
        DeeplyNested,
        InvalidUtf8,
        NulCharacters,
        WrongContentType,
        FormData,
        Multipart,
        Overflow,
        Empty,
    }

    private static readonly string[] BadIds =
        [$"TH-{FuzzIds.Marker}99", $"{FuzzIds.Marker}-0000", "%00", $"{FuzzIds.Marker}%00x", new string('9', 300), "..", "%E4%B8", $"{FuzzIds.Marker}%C3%28", "-1", "TH-9999-", "%20"];

    private static readonly string[] BadQueryValues =
        ["%00", "-1", "99999999999999999999", "1e400", "0001-01-01", "9999-12-31", "2026-13", "2026-02-30T25:61:00Z", "%C3%28", "null", "true", "[]", new string('x', 2000), $"{FuzzIds.Marker}-1"];

    /// <summary>Values of the wrong type or beyond any bound, as JSON text.</summary>
    private static readonly string[] BadValues =
        ["null", "true", "{}", "[]", "[null]", "\"\"", "\"x\"", "-1", "0", "1e400", "-1e400", "9.2e18", "99999999999999999999999999999", "1e-400",
            "\"0001-01-01\"", "\"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"", "\"2026-02-30\"", "\"+275760-09-13T00:00:00Z\"", "\"\\u0000\"",
            "\"a\\u0000b\"", "\"\\ud800\"", "{\"$ref\":\"x\"}", "[[[]]]", "123456789012345678901234567890.5", "\"NaN\"", "\"Infinity\""];

    public static Gen<FuzzRequest> For(IReadOnlyList<FuzzOperation> operations, FuzzIds ids)
    {
        var usable = operations.Where(o => !o.IsCommand || o.HasBody || o.PathParameters.Count > 0).ToList();
        return from op in Gen.Int[0, usable.Count - 1]
               from kind in Gen.Enum<BodyKind>()
               from picks in Gen.Int[0, 1 << 20].Array[12]
               select Build(usable[op], kind, picks, ids);
    }

    private static FuzzRequest Build(FuzzOperation op, BodyKind kind, int[] picks, FuzzIds ids)
    {
        var pick = 0;
        int Next(int n) => picks[pick++ % picks.Length] % n;

        // A command without a body is made bad by an unknown id; with a body, ids are real half of the time so the body's
        // own checks are reached.
        var realIds = op.HasBody && Next(2) == 0;
        var path = op.Path;
        foreach (var name in op.PathParameters)
        {
            var value = realIds ? Real(name, ids) : BadIds[Next(BadIds.Length)];
            path = path.Replace("{" + name + "}", value ?? BadIds[0], StringComparison.Ordinal);
        }

        var query = op.QueryParameters.Count == 0 || Next(2) == 0 ? ""
            : "?" + string.Join("&", op.QueryParameters.Where(_ => Next(3) > 0).Select(q => $"{q}={BadQueryValues[Next(BadQueryValues.Length)]}"));
        if (op.Path.StartsWith("/open311", StringComparison.Ordinal))
        {
            query += (query.Length == 0 ? "?" : "&") + "api_key=" + ids.IngestKey;
        }

        var url = path + query;
        if (!op.HasBody)
        {
            return new FuzzRequest(op.ToString(), op.Method, url, null, null, op.IsCommand && !op.IsPerItem, op.PathParameters.Count > 0 ? "unknown id" : "query");
        }

        var (contentType, body) = Body(op, kind, Next, ids);
        return new FuzzRequest(op.ToString(), op.Method, url, contentType, body, !op.IsPerItem, kind.ToString());
    }

    private static string? Real(string name, FuzzIds ids) => name switch
    {
        "estateId" => ids.Estate,
        "contractId" or "queueId" => ids.Contract,
        _ => null,
    };

    private static (string? ContentType, byte[] Body) Body(FuzzOperation op, BodyKind kind, Func<int, int> next, FuzzIds ids)
    {
        const string json = "application/json";
        var open311 = op.Path.StartsWith("/open311", StringComparison.Ordinal);
        switch (kind)
        {
            case BodyKind.MalformedJson:
                string[] malformed = ["{", "[1,", "{\"a\":}", "nul", "{\"a\" 1}", "[", "}", "{\"a\":1,,}", "\"unterminated", "{'a':1}", "tru", "0x10", "{\"a\":01}"];
                return (json, Utf8(malformed[next(malformed.Length)]));
            case BodyKind.WrongTypes:
                return (json, Utf8(Shaped(op, next, field => Wrong(field, next))));
            case BodyKind.NullInArrays:
                return (json, Utf8(op.BodyIsArray || op.Fields.Count == 0 ? "[null]" : Shaped(op, next, f => f.Type == "array" ? "[null]" : "null", allArrays: true)));
            case BodyKind.Huge:
                return next(2) == 0
                    ? (json, Utf8("[" + string.Join(",", Enumerable.Repeat("{\"x\":1}", 60_000)) + "]"))
                    : (json, Utf8("{\"x\":\"" + new string('長', 400_000) + "\"}"));
            case BodyKind.DeeplyNested:
                var depth = 70 + next(5_000);
                return (json, Utf8(next(2) == 0 ? new string('[', depth) + new string(']', depth) : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)));
            case BodyKind.InvalidUtf8:
                return open311 && next(2) == 0
                    ? ("application/x-www-form-urlencoded", Form(ids, [0xC3, 0x28]))
                    : (json, Invalid(Shaped(op, next, _ => "\"@@\""), [0xC3, 0x28, 0xFF, 0xFE]));
            case BodyKind.NulCharacters:
                return (json, Utf8(Shaped(op, next, f => f.Type is "string" ? "\"x\\u0000y\"" : Wrong(f, next))));
            case BodyKind.WrongContentType:
                string[] types = ["text/plain", "application/xml", "application/octet-stream", "image/png", "application/json; charset=latin1", "text/html; charset=utf-8"];
                return (types[next(types.Length)], Utf8(Shaped(op, next, field => Wrong(field, next))));
            case BodyKind.FormData:
                return ("application/x-www-form-urlencoded", Form(ids, [0x00]));
            case BodyKind.Multipart:
                return Multipart(op, ids, next);
            case BodyKind.Overflow:
                string[] overflow = ["1e400", "-1e400", "9.2e18", "99999999999999999999999999999", "\"0001-01-01\"", "\"9999-12-31T23:59:59Z\"", "\"0001-01-01T00:00:00Z\"", "-9.2e18"];
                return (json, Utf8(Shaped(op, next, f => f.Type == "string" ? overflow[next(4)] : overflow[next(overflow.Length)])));
            default:
                return (json, []);
        }
    }

    /// <summary>A body shaped like the operation's schema (an array of one item for array bodies), each field given
    /// <paramref name="value"/>; with <paramref name="allArrays"/> only arrays are bad and other fields absent.</summary>
    private static string Shaped(FuzzOperation op, Func<int, int> next, Func<FuzzField, string> value, bool allArrays = false)
    {
        var fields = op.Fields.Count > 0 ? op.Fields : [new FuzzField("estateId", "string", []), new FuzzField("items", "array", [])];
        var members = fields.Where(f => !allArrays || f.Type == "array").Select(f =>
            f.Type == "array" && f.Items.Count > 0 && next(2) == 0
                ? $"\"{f.Name}\":[{Object(f.Items, value)}, null]"
                : $"\"{f.Name}\":{value(f)}");
        var body = "{" + string.Join(",", members) + "}";
        return op.BodyIsArray ? $"[{body}]" : body;
    }

    private static string Object(IReadOnlyList<FuzzField> fields, Func<FuzzField, string> value) =>
        "{" + string.Join(",", fields.Select(f => $"\"{f.Name}\":{value(f)}")) + "}";

    private static string Wrong(FuzzField field, Func<int, int> next)
    {
        var value = BadValues[next(BadValues.Length)];
        // A value of the field's own type is not wrong: use the one wrong type that is sure to be.
        return (field.Type, value[0]) switch
        {
            ("string", '"') when value is not ("\"\"" or "\"\\u0000\"" or "\"a\\u0000b\"" or "\"\\ud800\"") => "[null]",
            ("number" or "integer", '-' or '0' or '1' or '9') when value is "-1" or "0" => "1e400",
            _ => value,
        };
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>The text with each <c>@@</c> replaced by <paramref name="bad"/> bytes: invalid UTF-8 inside JSON strings.</summary>
    private static byte[] Invalid(string text, byte[] bad)
    {
        var parts = text.Split("@@");
        var bytes = new List<byte>();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                bytes.AddRange(bad);
            }

            bytes.AddRange(Encoding.UTF8.GetBytes(parts[i]));
        }

        return [.. bytes];
    }

    /// <summary>A form body (Open311's encoding) naming the real estate, with <paramref name="bad"/> raw bytes in a field.</summary>
    private static byte[] Form(FuzzIds ids, byte[] bad)
    {
        var bytes = new List<byte>(Encoding.ASCII.GetBytes($"api_key={ids.IngestKey}&service_code=noise&attribute[estate_id]={ids.Estate}&description="));
        bytes.AddRange(bad);
        bytes.AddRange(Encoding.ASCII.GetBytes("x&lat=1e400&long=-1e400"));
        return [.. bytes];
    }

    private static (string ContentType, byte[] Body) Multipart(FuzzOperation op, FuzzIds ids, Func<int, int> next)
    {
        using var content = new MultipartFormDataContent("fuzz-boundary");
        content.Add(new StringContent(ids.IngestKey), "api_key");
        content.Add(new StringContent("noise"), "service_code");
        content.Add(new ByteArrayContent([0xC3, 0x28, 0x00]), "description");
        foreach (var field in op.Fields.Take(5))
        {
            content.Add(new StringContent(next(2) == 0 ? "\0" : "1e400"), field.Name);
        }

        content.Add(new ByteArrayContent([1, 2, 3]) { Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") } }, "file", "a.bin");
        using var stream = content.ReadAsStream();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return (content.Headers.ContentType!.ToString(), memory.ToArray());
    }
}
