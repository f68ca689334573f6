namespace Anju.Money;

/// <summary>Persisted state of an estate's public-revenue account (state name "public-account"): every entry as
/// recorded (balances are derived, <see cref="AccountLedger"/>) and a version that moves with each entry.</summary>
[GenerateSerializer, Alias("Anju.Money.PublicAccountState")]
internal sealed class PublicAccountState
{
    [Id(0)] public List<AccountEntry> Entries { get; set; } = [];

    [Id(1)] public long Version { get; set; }
}
