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

    /// <summary>Facilities: the register, work orders, work queues, preventive schedules (reporter contacts masked
    /// unless <see cref="SeeContacts"/>).</summary>
    ReadFacilities,

    /// <summary>Facilities: register, edit and remove facilities, set a status by hand, preventive schedules, the CSV import.</summary>
    ManageFacilities,

    /// <summary>Facilities: report a fault (opens a work order).</summary>
    ReportFaults,

    /// <summary>Work orders: accept, dispatch, arrive on site, record the repair and its cost (the responsible
    /// company, or the housing office for its own queue); the place is the order's contract or estate.</summary>
    WorkOrders,

    /// <summary>Work orders: verify a repair, send it back, close, cancel (grid staff and the housing office; the
    /// reporter may verify their own report with <see cref="ReportFaults"/>).</summary>
    VerifyWorkOrders,

    /// <summary>Alarms: acknowledge from the wall or a desk (security, facilities, escalations).</summary>
    AcknowledgeAlarms,

    /// <summary>Contracts: enter third-party assessments and breach deductions; admit, suspend and remove companies in the pool.</summary>
    AssessContracts,

    /// <summary>Fee billing (§6.2): a contract's months, totals and lines with their payer (a subsidised household is
    /// shown as such so the company can claim the subsidy; the special-group category never is), reports as CSV and
    /// Excel; and the city's or a district's month, per contract.</summary>
    ReadFees,

    /// <summary>Fee billing: run a month, record households' payments.</summary>
    BillFees,

    /// <summary>Dedicated accounts: an estate's public-revenue account (§3.4) and its commercial units (§3.3).</summary>
    ReadAccounts,

    /// <summary>Dedicated accounts: record income and approved spending; units, leases, rent, taxes, remittances, operator assessments.</summary>
    ManageAccounts,

    /// <summary>Personal data: names, person references, phone numbers, e-mail addresses unmasked.</summary>
    SeeContacts,

    /// <summary>Personal data: special-group flags and details (低保, disability, mental illness …) unmasked.</summary>
    SeeSpecialGroups,

    /// <summary>Users, grants, device keys, diagnostics.</summary>
    Administer,

    /// <summary>The audit log.</summary>
    ReadAudit,
}
