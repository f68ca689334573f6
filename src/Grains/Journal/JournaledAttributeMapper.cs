using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Serialization;
using Orleans.Storage;

namespace Anju.Journal;

/// <summary>Builds the <see cref="IJournaledState{TState}"/> for a <see cref="JournaledAttribute"/> parameter when Orleans
/// constructs the grain (the facet mechanism behind <c>[PersistentState]</c>).</summary>
internal sealed class JournaledAttributeMapper : IAttributeToFactoryMapper<JournaledAttribute>
{
    private static readonly MethodInfo CreateMethod =
        typeof(JournaledAttributeMapper).GetMethod(nameof(Create), BindingFlags.NonPublic | BindingFlags.Static)!;

    public Factory<IGrainContext, object> GetFactory(ParameterInfo parameter, JournaledAttribute metadata)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        if (!parameter.ParameterType.IsGenericType || parameter.ParameterType.GetGenericTypeDefinition() != typeof(IJournaledState<>))
        {
            throw new ArgumentException(
                $"Parameter '{parameter.Name}' of {parameter.Member.DeclaringType} is [Journaled] but of type {parameter.ParameterType}, not {typeof(IJournaledState<>)}.",
                parameter.Name);
        }

        var create = CreateMethod.MakeGenericMethod(parameter.ParameterType.GetGenericArguments());
        return context => create.Invoke(null, [context, metadata])!;
    }

    private static JournaledState<TState> Create<TState>(IGrainContext context, JournaledAttribute metadata)
        where TState : class, IVersionedState
    {
        var services = context.ActivationServices;
        var snapshot = services.GetRequiredService<IPersistentStateFactory>().Create<TState>(context, metadata);
        var payload = new JournalPayload<TState>(services.GetRequiredService<Serializer<TState>>(), services.GetRequiredService<IGrainStorageSerializer>());
        return new JournaledState<TState>(
            context,
            snapshot,
            services.GetRequiredService<IStateJournal>(),
            payload,
            services.GetRequiredService<IOptions<JournalOptions>>().Value,
            services.GetRequiredService<ILogger<JournaledState<TState>>>());
    }
}
