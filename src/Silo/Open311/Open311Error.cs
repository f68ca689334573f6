using System.Text.Json.Serialization;

namespace Anju.Silo.Open311;

/// <summary>The GeoReport v2 error body is a list of these: <c>[{"code":400,"description":"…"}]</c>.</summary>
public sealed record Open311Error([property: JsonPropertyName("code")] int Code, [property: JsonPropertyName("description")] string Description);
