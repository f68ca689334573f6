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

/// <summary>
/// Tests on the real PostgreSQL, one after another (several start silos and lean on clocks, and they share 2 cores with
/// the rest of the suite). Two fixtures: a throwaway database for tests of the database itself and for tests that start,
/// stop or kill silos of their own on it; and one silo on a database of its own, shared by the API tests, which make
/// their estates, cases and accounts under fresh ids.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>, ICollectionFixture<SiloFixture>
{
    public const string Name = "postgres";
}
