namespace Anju.Estates;

/// <summary>The property-rights type (產權屬性) of a dwelling (§3.1). Rental types stay with the
/// state; purchase types are partly owned by the household (see <see cref="Residency.TenureTypes.IsPurchaseType"/>).</summary>
[GenerateSerializer]
public enum TenureType
{
    /// <summary>公租房: public rental housing.</summary>
    PublicRental = 0,

    /// <summary>廉租房: low-rent housing.</summary>
    LowRent = 1,

    /// <summary>經適房: economy (affordable purchase) housing.</summary>
    Economy = 2,

    /// <summary>限價房: limited-price purchase housing.</summary>
    LimitedPrice = 3,
}
