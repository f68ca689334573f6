using System.Text.Json;
using System.Text.Json.Serialization;

namespace Anju.Demo.Api;

/// <summary>The API's JSON conventions: camelCase names, enums as strings.</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
