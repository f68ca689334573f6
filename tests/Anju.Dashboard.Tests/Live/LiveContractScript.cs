using System.Reflection;
using System.Text;
using System.Text.Json;
using Anju.Alarms;
using Anju.Contracts;
using Anju.Dashboard.Cluster;
using Anju.Dashboard.Live;
using Anju.Districts;
using Anju.Estates;
using Anju.Facilities;
using Anju.Incidents;
using Anju.Live;

namespace Anju.Dashboard.Tests.Live;

/// <summary>
/// Writes the browser's side of the live contract, <c>src/Dashboard/wwwroot/js/contract.js</c>, from the server's
/// definitions: the scope names (<see cref="Scopes"/>), the hub's refusal codes (<see cref="HubErrorCode"/>) and a JSDoc
/// typedef per record a screen receives, named and shaped as SignalR's JSON protocol writes it (camelCase properties,
/// enums by name). The screens' <c>// @ts-check</c> files are checked against these typedefs by <c>tsc</c> in the
/// build; <see cref="LiveContractTests"/> fails while the file differs from what this writes.
/// </summary>
public static class LiveContractScript
{
    /// <summary>The payload record of each scope kind: what <see cref="LiveUpdate"/>'s factories take.</summary>
    public static readonly IReadOnlyList<(string Kind, Type Payload)> Payloads =
    [
        (Scopes.City, typeof(CityStatus)),
        (Scopes.DistrictKind, typeof(DistrictStatus)),
        (Scopes.EstateKind, typeof(EstateStatus)),
        (Scopes.IncidentsKind, typeof(IReadOnlyList<IncidentSummary>)),
        (Scopes.FacilitiesKind, typeof(FacilityOverview)),
        (Scopes.QueueKind, typeof(WorkQueueView)),
        (Scopes.ContractKind, typeof(ScorecardView)),
        (Scopes.AlarmsKind, typeof(AlarmBoard)),
    ];

    /// <summary>What the hub answers besides live updates: the cluster panel and an estate's layout.</summary>
    private static readonly Type[] Answers = [typeof(ClusterStatus), typeof(EstateLayout)];

    public static string Write()
    {
        var script = new StringBuilder();
        script.Append("""
            // @ts-check
            // GENERATED from the server's definitions by tests/Anju.Dashboard.Tests/Live/LiveContractScript.cs: do not edit.
            // After changing a live record, a scope or a hub error code, rewrite it with
            //   ANJU_WRITE_CONTRACT=1 dotnet test tests/Anju.Dashboard.Tests --filter LiveContract
            // (LiveContractTests fails while it is out of date; tsc checks the screens against it in the build).

            """);
        WriteScopes(script);
        WriteErrorCodes(script);

        // Every record and enum reachable from the payloads and answers, each written once, by name.
        var types = new SortedDictionary<string, Type>(StringComparer.Ordinal);
        var updates = Payloads.Select(p => $"{{ scope: string, kind: '{p.Kind}', version: number, payload: {TypeOf(p.Payload, types, nullable: false)} }}").ToList();
        foreach (var answer in Answers)
        {
            TypeOf(answer, types, nullable: false);
        }

        for (var count = 0; count != types.Count;)
        {
            count = types.Count;
            foreach (var type in types.Values.ToList())
            {
                WriteTypedef(new StringBuilder(), type, types);
            }
        }

        script.Append("\n/**\n * One live message (LiveUpdate.cs): `kind` says which record `payload` is.\n * @typedef {")
            .AppendJoin("\n *   | ", updates).Append("} LiveUpdate\n */\n");
        foreach (var type in types.Values.ToList())
        {
            WriteTypedef(script, type, types);
        }

        return script.ToString();
    }

    private static void WriteScopes(StringBuilder script)
    {
        const string id = "\u0001";
        string Template(string scope, string parameter) => "`" + scope.Replace(id, "${" + parameter + "}", StringComparison.Ordinal) + "`";
        script.Append($$"""

            /** The scope kinds (Scopes.cs). */
            export const ScopeKind = Object.freeze({
            {{string.Join('\n', Scopes.Kinds.Select(k => $"  {Camel(k)}: '{k}',"))}}
            });

            /** The scope names a screen subscribes to (Scopes.cs). */
            export const Scopes = Object.freeze({
              city: '{{Scopes.City}}',
              /** @param {string} code a district code, e.g. TH */
              district: (code) => {{Template(Scopes.District(id), "code")}},
              /** @param {string} estateId */
              estate: (estateId) => {{Template(Scopes.Estate(id), "estateId")}},
              /** @param {string} estateId */
              incidents: (estateId) => {{Template(Scopes.Incidents(id), "estateId")}},
              /** @param {string} estateId */
              facilities: (estateId) => {{Template(Scopes.Facilities(id), "estateId")}},
              /** @param {string} queueId a contract id, or office-<district> */
              queue: (queueId) => {{Template(Scopes.Queue(id), "queueId")}},
              /** @param {string} contractId */
              contract: (contractId) => {{Template(Scopes.Contract(id), "contractId")}},
              cityAlarms: '{{Scopes.CityAlarms}}',
              /** @param {string} code a district code, e.g. TH */
              alarms: (code) => {{Template(Scopes.Alarms(id), "code")}},
            });

            """);
    }

    private static void WriteErrorCodes(StringBuilder script)
    {
        var codes = Enum.GetValues<HubErrorCode>();
        script.Append($$"""

            /** Why the hub refused a call (HubErrorCode.cs): a refusal's message is "<code>: <detail>". */
            export const HubErrorCode = Object.freeze({
            {{string.Join('\n', codes.Select(c => $"  {Camel(c.ToString())}: '{HubError.WireName(c)}',"))}}
            });

            /** @typedef {{{string.Join(" | ", codes.Select(c => $"'{HubError.WireName(c)}'"))}}} HubErrorCodeName */

            """);
    }

    private static void WriteTypedef(StringBuilder script, Type type, SortedDictionary<string, Type> types)
    {
        if (type.IsEnum)
        {
            script.Append($"\n/** @typedef {{{string.Join(" | ", Enum.GetNames(type).Select(n => $"'{n}'"))}}} {type.Name} */\n");
            return;
        }

        var nullability = new NullabilityInfoContext();
        script.Append($"\n/**\n * @typedef {{object}} {type.Name}\n");
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
        {
            var nullable = nullability.Create(property).ReadState == NullabilityState.Nullable;
            script.Append($" * @property {{{TypeOf(property.PropertyType, types, nullable)}}} {JsonNamingPolicy.CamelCase.ConvertName(property.Name)}\n");
        }

        script.Append(" */\n");
    }

    /// <summary>The JSDoc type of <paramref name="type"/> as JSON carries it; records and enums met on the way are
    /// added to <paramref name="types"/> for a typedef of their own.</summary>
    private static string TypeOf(Type type, SortedDictionary<string, Type> types, bool nullable)
    {
        if (Nullable.GetUnderlyingType(type) is { } inner)
        {
            return $"{TypeOf(inner, types, nullable: false)} | null";
        }

        var name = type switch
        {
            _ when type == typeof(string) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(DateOnly)
                || type == typeof(TimeSpan) || type == typeof(Guid) => "string",
            _ when type == typeof(bool) => "boolean",
            _ when type.IsPrimitive || type == typeof(decimal) => "number",
            _ when type.IsArray => $"Array<{TypeOf(type.GetElementType()!, types, nullable: false)}>",
            _ when Dictionary(type) is { } value => $"Object<string, {TypeOf(value, types, nullable: false)}>",
            _ when List(type) is { } item => $"Array<{TypeOf(item, types, nullable: false)}>",
            _ when type.Namespace?.StartsWith("Anju", StringComparison.Ordinal) == true && !type.IsGenericType => Named(type, types),
            _ => throw new NotSupportedException($"{type} has no JSDoc form yet: add one to {nameof(LiveContractScript)}"),
        };
        return nullable ? $"{name} | null" : name;
    }

    private static string Named(Type type, SortedDictionary<string, Type> types)
    {
        if (types.TryGetValue(type.Name, out var known) && known != type)
        {
            throw new InvalidOperationException($"Two live types are named {type.Name}: {known} and {type}");
        }

        types.TryAdd(type.Name, type);
        return type.Name;
    }

    private static Type? Dictionary(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var open
            && (open == typeof(IReadOnlyDictionary<,>) || open == typeof(Dictionary<,>) || open == typeof(IDictionary<,>))
            ? type.GetGenericArguments()[1]
            : null;

    private static Type? List(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var open
            && (open == typeof(IReadOnlyList<>) || open == typeof(List<>) || open == typeof(IReadOnlyCollection<>) || open == typeof(IEnumerable<>))
            ? type.GetGenericArguments()[0]
            : null;

    /// <summary>camelCase, as SignalR's JSON protocol names properties; kebab-case words joined (invalid-scope → invalidScope).</summary>
    private static string Camel(string name)
    {
        var words = name.Split('-');
        var first = char.ToLowerInvariant(words[0][0]) + words[0][1..];
        return first + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }
}
