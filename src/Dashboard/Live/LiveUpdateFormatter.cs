using Anju.Live;
using MessagePack;
using MessagePack.Formatters;
using MessagePack.Resolvers;

namespace Anju.Dashboard.Live;

/// <summary>
/// Writes a <see cref="LiveUpdate"/> for SignalR's MessagePack protocol as the contractless resolver writes a record (a
/// map of its .NET property names), the payload by its runtime type. Needed because a <see cref="LiveUpdate"/> has no
/// public constructor (only its per-kind factories make one), and the contractless resolver refuses such a type. Screens
/// never send one back, so there is nothing to read.
/// </summary>
public sealed class LiveUpdateFormatter : IMessagePackFormatter<LiveUpdate?>
{
    /// <summary>SignalR's own MessagePack resolvers (enums by name, records contractless) with this formatter first.</summary>
    public static MessagePackSerializerOptions Options { get; } = MessagePackSerializerOptions.Standard.WithResolver(
        CompositeResolver.Create([new LiveUpdateFormatter()], [DynamicEnumAsStringResolver.Instance, ContractlessStandardResolver.Instance]))
        .WithSecurity(MessagePackSecurity.UntrustedData);

    public void Serialize(ref MessagePackWriter writer, LiveUpdate? value, MessagePackSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNil();
            return;
        }

        writer.WriteMapHeader(4);
        writer.Write(nameof(LiveUpdate.Scope));
        writer.Write(value.Scope);
        writer.Write(nameof(LiveUpdate.Kind));
        writer.Write(value.Kind);
        writer.Write(nameof(LiveUpdate.Version));
        writer.Write(value.Version);
        writer.Write(nameof(LiveUpdate.Payload));
        options.Resolver.GetFormatterWithVerify<object>().Serialize(ref writer, value.Payload, options);
    }

    public LiveUpdate? Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options) =>
        throw new NotSupportedException("Screens receive live updates; they never send one.");
}
