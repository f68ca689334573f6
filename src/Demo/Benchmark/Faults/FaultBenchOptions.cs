namespace Anju.Demo.Benchmark.Faults;

/// <summary>What <c>bench-faults</c> runs: <see cref="Estates"/> estates (<c>TH-FB001</c>…, each with a building, a
/// property-service contract and a register of lifts), then <see cref="Faults"/> lift trapped-passenger events sent
/// through the device ingest evenly over <see cref="Over"/>, each to a lift of its own (so each must open an order), and
/// up to <see cref="Settle"/> for every order to reach its company's queue and its alarm the wall's ticker.</summary>
public sealed record FaultBenchOptions(Uri Api, Uri Dashboard, int Estates, int Faults, TimeSpan Over, TimeSpan Settle, int? SiloPid)
{
    /// <summary>Lifts each estate needs so that every fault has a lift of its own.</summary>
    public int LiftsPerEstate => (Faults + Estates - 1) / Estates;

    public static string EstateId(int n) => $"TH-FB{n:D3}";

    public static string ContractId(string estateId) => $"HT-{estateId}";
}
