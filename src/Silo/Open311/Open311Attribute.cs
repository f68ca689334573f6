using System.Text.Json.Serialization;

namespace Anju.Silo.Open311;

/// <summary>One attribute of a service definition (<c>services/{code}.json</c>).</summary>
public sealed record Open311Attribute(
    [property: JsonPropertyName("variable")] bool Variable,
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("datatype")] string Datatype,
    [property: JsonPropertyName("required")] bool Required,
    [property: JsonPropertyName("datatype_description")] string DatatypeDescription,
    [property: JsonPropertyName("order")] int Order,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("values")] IReadOnlyList<Open311Value>? Values = null);

/// <summary>One allowed value of a list attribute.</summary>
public sealed record Open311Value([property: JsonPropertyName("key")] string Key, [property: JsonPropertyName("name")] string Name);

/// <summary>A service definition.</summary>
public sealed record Open311Definition(
    [property: JsonPropertyName("service_code")] string ServiceCode,
    [property: JsonPropertyName("attributes")] IReadOnlyList<Open311Attribute> Attributes);
