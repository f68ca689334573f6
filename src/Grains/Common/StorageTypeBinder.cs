using Newtonsoft.Json.Serialization;

namespace Anju.Common;

/// <summary>
/// Wraps the storage serializer's type binder so state holding a list made by a C# collection expression
/// (<c>[a, b]</c> or <c>[.. xs]</c> typed as <c>IReadOnlyList&lt;T&gt;</c>) can be read back. The compiler
/// backs such lists with private synthesized types (<c>&lt;&gt;z__ReadOnlyArray`1</c> and kin) that the
/// JSON storage serializer names in <c>$type</c> and then cannot resolve, so the grain failed to activate
/// after a restart. Those types are written as <c>List&lt;T&gt;</c>, and rows already written under the
/// synthesized names are read as <c>List&lt;T&gt;</c>.
/// </summary>
internal sealed class StorageTypeBinder(ISerializationBinder inner) : ISerializationBinder
{
    private const string SynthesizedPrefix = "<>z__";

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        ArgumentNullException.ThrowIfNull(serializedType);
        inner.BindToName(ListFor(serializedType) ?? serializedType, out assemblyName, out typeName);
    }

    public Type BindToType(string? assemblyName, string typeName)
    {
        ArgumentNullException.ThrowIfNull(typeName);
        return typeName.StartsWith(SynthesizedPrefix, StringComparison.Ordinal) && ElementOf(typeName) is var (elementAssembly, elementName)
            ? typeof(List<>).MakeGenericType(inner.BindToType(elementAssembly, elementName))
            : inner.BindToType(assemblyName, typeName);
    }

    /// <summary><c>List&lt;T&gt;</c> for a compiler-synthesized collection of T; null for any other type.</summary>
    public static Type? ListFor(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (!type.Name.StartsWith(SynthesizedPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var element = type.GetInterfaces()
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        return element is null ? null : typeof(List<>).MakeGenericType(element);
    }

    /// <summary>The element type of <c>Name`1[[Element, Assembly]]</c>: its assembly-qualified parts.</summary>
    private static (string? Assembly, string Name)? ElementOf(string typeName)
    {
        var open = typeName.IndexOf("[[", StringComparison.Ordinal);
        var close = typeName.LastIndexOf("]]", StringComparison.Ordinal);
        if (open < 0 || close <= open)
        {
            return null;
        }

        var qualified = typeName[(open + 2)..close];
        var depth = 0;
        for (var i = 0; i < qualified.Length; i++)
        {
            depth += qualified[i] switch { '[' => 1, ']' => -1, _ => 0 };
            if (depth == 0 && qualified[i] == ',')
            {
                return (qualified[(i + 1)..].Trim(), qualified[..i].Trim());
            }
        }

        return (null, qualified.Trim());
    }
}
