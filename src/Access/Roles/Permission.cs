namespace Anju.Access;

/// <summary>What an endpoint or hub method needs. Each is also the name of an authorization policy
/// (<see cref="Policies"/>); which roles hold it is written once, in <see cref="RolePermissions"/>.</summary>
public enum Permission
{
    /// <summary>Any signed-in person: their own account (who am I, password, two-factor set-up).</summary>
    Account,

    /// <summary>Figures: city, district and estate status, rollups, structure, live screens. No personal data.</summary>
    ReadFigures,

    /// <summary>Dwellings and households, personal fields masked unless <see cref="SeeContacts"/> or <see cref="SeeSpecialGroups"/>.</summary>
    ReadResidency,

    /// <summary>Occupancy changes, households, inspections, rent, annual reviews, deductions.</summary>
    ChangeResidency,

    /// <summary>Estates, zones, grids, buildings, dwellings and grid staff; the CSV import.</summary>
    ManageEstates,

    /// <summary>Property-service contracts: read.</summary>
    ReadContracts,

    /// <summary>Property-service contracts: draft, approve, sign, attach, end.</summary>
    ManageContracts,

    /// <summary>Security desks: staffing, rosters, patrols, cameras, alarms.</summary>
    ReadSecurity,

    /// <summary>Security desks: policy, guards, shifts, routes, cameras, clocking, raising and acknowledging alarms.</summary>
    ManageSecurity,

    /// <summary>Incidents: read cases (reporter contacts masked unless <see cref="SeeContacts"/>).</summary>
    ReadIncidents,

    /// <summary>Incidents: file a case.</summary>
    FileIncidents,

    /// <summary>Incidents: lifecycle steps; approvals are further checked against the case's level.</summary>
    HandleIncidents,

    /// <summary>Personal data: names, person references, phone numbers, e-mail addresses unmasked.</summary>
    SeeContacts,

    /// <summary>Personal data: special-group flags and details (低保, disability, mental illness …) unmasked.</summary>
    SeeSpecialGroups,

    /// <summary>Users, grants, device keys, diagnostics.</summary>
    Administer,

    /// <summary>The audit log.</summary>
    ReadAudit,
}
