namespace Anju.Incidents;

/// <summary>Who handles a routed case on the ground.</summary>
[GenerateSerializer]
public enum ResponsibleParty
{
    /// <summary>Grid staff (網格員).</summary>
    GridStaff,

    /// <summary>The property-service company under the estate's governing contract.</summary>
    PropertyCompany,

    /// <summary>The local police station (派出所).</summary>
    PoliceStation,

    /// <summary>The street's civil-affairs office (民政).</summary>
    CivilAffairsOffice,

    /// <summary>The housing office (住房保障辦) through its third-party agency (第三方機構, §3.2).</summary>
    HousingOffice,

    /// <summary>Urban-management enforcement (城管執法).</summary>
    UrbanManagement,
}
