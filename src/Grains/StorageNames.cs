namespace Anju;

/// <summary>Names of the grain storage providers the grains ask for.</summary>
public static class StorageNames
{
    /// <summary>Durable grain state in PostgreSQL (AdoNet provider); memory storage in grain tests.</summary>
    public const string Main = "anju";
}
