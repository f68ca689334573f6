namespace Anju.Tests.Infrastructure;

// The test collections of this project (xUnit finds collection definitions only in the test assembly, so these stay
// here while the fixtures live in Anju.Testing). Tests of one collection run one after another; collections run side
// by side.

/// <summary>Grain tests on one in-process cluster with memory storage.</summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}

/// <summary>Tests on one throwaway PostgreSQL database, one after another: the database itself, the API on silos of their
/// own, and tests that start, stop or kill silos.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
