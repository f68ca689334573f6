namespace Anju.Fault.Tests.Harness;

/// <summary>Fault runs one after another: each starts silos of its own and loads them, and they share the machine
/// with the rest of the suite.</summary>
[CollectionDefinition(Name)]
public sealed class FaultCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "faults";
}
