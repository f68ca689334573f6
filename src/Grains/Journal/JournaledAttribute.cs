namespace Anju.Journal;

/// <summary>
/// Marks a grain constructor parameter of type <see cref="IJournaledState{TState}"/>: Orleans supplies it the way it
/// supplies <c>[PersistentState]</c>. <paramref name="stateName"/> and <paramref name="storageName"/> name the snapshot
/// row exactly as <c>[PersistentState]</c> would, so a grain that was persistent reads its stored state unchanged.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class JournaledAttribute(string stateName, string storageName) : Attribute, IFacetMetadata, IPersistentStateConfiguration
{
    public string StateName { get; } = stateName;

    public string StorageName { get; } = storageName;
}
