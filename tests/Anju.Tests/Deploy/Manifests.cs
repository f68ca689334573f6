using YamlDotNet.RepresentationModel;

namespace Anju.Tests.Deploy;

/// <summary>The Kubernetes manifests of deploy/k8s as plain trees (maps, lists, strings), one per YAML document.</summary>
internal sealed class Manifests
{
    private Manifests(List<(string File, Dictionary<string, object?> Document)> documents) => Documents = documents;

    public IReadOnlyList<(string File, Dictionary<string, object?> Document)> Documents { get; }

    public static Manifests Load()
    {
        var documents = new List<(string, Dictionary<string, object?>)>();
        foreach (var file in Directory.GetFiles(DeployFiles.Path("k8s"), "*.yaml").Order(StringComparer.Ordinal))
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(file))
            {
                stream.Load(reader);
            }

            documents.AddRange(stream.Documents.Select(d => (Path.GetFileName(file), (Dictionary<string, object?>)Convert(d.RootNode)!)));
        }

        return new Manifests(documents);
    }

    public IEnumerable<Dictionary<string, object?>> OfKind(string kind) =>
        Documents.Where(d => Str(d.Document, "kind") == kind).Select(d => d.Document);

    public Dictionary<string, object?> One(string kind, string name) =>
        Assert.Single(OfKind(kind), d => Str(d, "metadata", "name") == name);

    /// <summary>The value at a path of map keys, or null.</summary>
    public static object? At(object? node, params string[] path)
    {
        foreach (var key in path)
        {
            node = node is Dictionary<string, object?> map && map.TryGetValue(key, out var next) ? next : null;
        }

        return node;
    }

    public static string? Str(object? node, params string[] path) => At(node, path) as string;

    public static Dictionary<string, object?> Map(object? node, params string[] path) =>
        At(node, path) as Dictionary<string, object?> ?? throw new Xunit.Sdk.XunitException($"no map at {string.Join('.', path)}");

    public static List<object?> List(object? node, params string[] path) =>
        At(node, path) as List<object?> ?? throw new Xunit.Sdk.XunitException($"no list at {string.Join('.', path)}");

    /// <summary>Every map anywhere under a node (to find every secretKeyRef, whatever its place).</summary>
    public static IEnumerable<Dictionary<string, object?>> Maps(object? node)
    {
        switch (node)
        {
            case Dictionary<string, object?> map:
                yield return map;
                foreach (var inner in map.Values.SelectMany(Maps))
                {
                    yield return inner;
                }

                break;
            case List<object?> list:
                foreach (var inner in list.SelectMany(Maps))
                {
                    yield return inner;
                }

                break;
        }
    }

    private static object? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => map.Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => Convert(p.Value), StringComparer.Ordinal),
        YamlSequenceNode list => list.Children.Select(Convert).ToList(),
        YamlScalarNode scalar => scalar.Value,
        _ => null,
    };
}
