namespace Anju.Demo.Api;

/// <summary>A dwelling's property-rights type (產權屬性) as the API spells it.</summary>
public enum TenureType
{
    /// <summary>公租房.</summary>
    PublicRental,

    /// <summary>廉租房.</summary>
    LowRent,

    /// <summary>經適房: the household owns a share.</summary>
    Economy,

    /// <summary>限價房: the household owns a share.</summary>
    LimitedPrice,
}
