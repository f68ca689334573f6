namespace Anju.Grids;

/// <summary>The three kinds of staff a grid (網格) names, each with its own duties (§4.3).</summary>
[GenerateSerializer]
public enum GridStaffRole
{
    /// <summary>物業服務企業人員: staff of the property-service company.</summary>
    PropertyStaff = 0,

    /// <summary>街道協管員: street assistant.</summary>
    StreetAssistant = 1,

    /// <summary>居委會人員: full-time staff of the residents' committee.</summary>
    ResidentsCommitteeStaff = 2,
}
