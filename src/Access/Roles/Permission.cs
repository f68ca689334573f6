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

    /// <summary>Casework (§3.1–3.2): the third-party agency's queues (paperwork, inspection rounds and findings, the
    /// rent-chasing list and its chase records, annual-review intake), its KPIs, and exit-review cases; personal fields
    /// masked unless <see cref="SeeContacts"/>.</summary>
    ReadCasework,

    /// <summary>Casework: work the agency's queues (paperwork, rounds, findings, chase records, intake) and serve an
    /// exit-review case's notice.</summary>
    WorkCasework,

    /// <summary>Exit reviews (退出審查): hold the hearing, decide, take an appeal, carry out the exit or keep the household.</summary>
    DecideExitReviews,

    /// <summary>Fair allocation (§3.1 公開、公平、公正): waiting lists with applicants and their ranking (personal fields
    /// masked unless <see cref="SeeContacts"/>); the public list (公示) is always masked.</summary>
    ReadAllocations,

    /// <summary>Fair allocation: applications, eligibility, publishing a list, allocating from it in rank order,
    /// and approving an exception.</summary>
    ManageAllocations,

    /// <summary>Second-address registration (§4.1 第二住址登記): record members' registrations and the hand-off to the
    /// police station.</summary>
    RegisterAddresses,

    /// <summary>Community (§4.3–4.8, §5.2–5.3): grid work (tasks, mediation records), service stations, building leaders,
    /// volunteers and their hours, the consultation committee and the compact, environment figures, satisfaction.</summary>
    ReadCommunity,

    /// <summary>Community: record grid work and mediations, stations, leaders, volunteers and hours, committee meetings,
    /// motions, votes and resolutions, compact versions, environment figures, surveys.</summary>
    ManageCommunity,

    /// <summary>Personal data: names, person references, phone numbers, e-mail addresses unmasked.</summary>
    SeeContacts,

    /// <summary>Personal data: special-group flags and details (低保, disability, mental illness …) unmasked.</summary>
    SeeSpecialGroups,

    /// <summary>Users, grants, device keys, diagnostics.</summary>
    Administer,

    /// <summary>The audit log.</summary>
    ReadAudit,
}
