using Anju.Estates;

namespace Anju.Residency;

/// <summary>Facts about <see cref="TenureType"/> that both grains and screens need.</summary>
public static class TenureTypes
{
    /// <summary>True for the purchase types (經適房, 限價房): the household owns a share of the
    /// dwelling, so the share is part of its dynamic management (§3.1).</summary>
    public static bool IsPurchaseType(this TenureType type) =>
        type is TenureType.Economy or TenureType.LimitedPrice;
}
