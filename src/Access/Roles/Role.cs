namespace Anju.Access;

/// <summary>The posts a person can hold (§4.2 分級查詢權限). A user holds one or more of these, each
/// within a scope (<see cref="Grant"/>).</summary>
public enum Role
{
    /// <summary>City command centre (市指揮中心): every estate's figures, no personal data.</summary>
    CityOperator,

    /// <summary>District command centre (區指揮中心): one district's figures, no personal data.</summary>
    DistrictOperator,

    /// <summary>Street office (街道辦): its streets' estates and their cases.</summary>
    StreetOffice,

    /// <summary>Security supervisor (安保主管): guards, patrols, cameras and alarms of the estates in scope.</summary>
    SecuritySupervisor,

    /// <summary>Housing office (住房保障辦): all residency data, personal data included.</summary>
    HousingOffice,

    /// <summary>Civil affairs (民政): special-group details in scope.</summary>
    CivilAffairs,

    /// <summary>Grid staff (網格員): their grids' households and matters.</summary>
    GridStaff,

    /// <summary>Property-service company (物業服務企業): the estates or zones of its contracts, no special-group data.</summary>
    PropertyCompany,

    /// <summary>Third-party agency (第三方機構): the duties of its service contract (paperwork, inspections, rent chasing).</summary>
    Agency,

    /// <summary>Auditor (審計): reads the audit log, changes nothing.</summary>
    Auditor,

    /// <summary>Administrator (系統管理員): users, roles and keys; reads no personal data.</summary>
    Administrator,
}
