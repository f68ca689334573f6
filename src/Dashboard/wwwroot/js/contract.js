// @ts-check
// GENERATED from the server's definitions by tests/Anju.Dashboard.Tests/Live/LiveContractScript.cs: do not edit.
// After changing a live record, a scope or a hub error code, rewrite it with
//   ANJU_WRITE_CONTRACT=1 dotnet test tests/Anju.Dashboard.Tests --filter LiveContract
// (LiveContractTests fails while it is out of date; tsc checks the screens against it in the build).

/** The scope kinds (Scopes.cs). */
export const ScopeKind = Object.freeze({
  city: 'city',
  district: 'district',
  estate: 'estate',
  incidents: 'incidents',
  facilities: 'facilities',
  queue: 'queue',
  contract: 'contract',
  alarms: 'alarms',
  cluster: 'cluster',
});

/** The scope names a screen subscribes to (Scopes.cs). */
export const Scopes = Object.freeze({
  city: 'city',
  /** @param {string} code a district code, e.g. TH */
  district: (code) => `district/${code}`,
  /** @param {string} estateId */
  estate: (estateId) => `estate/${estateId}`,
  /** @param {string} estateId */
  incidents: (estateId) => `incidents/${estateId}`,
  /** @param {string} estateId */
  facilities: (estateId) => `facilities/${estateId}`,
  /** @param {string} queueId a contract id, or office-<district> */
  queue: (queueId) => `queue/${queueId}`,
  /** @param {string} contractId */
  contract: (contractId) => `contract/${contractId}`,
  cityAlarms: 'alarms',
  /** @param {string} code a district code, e.g. TH */
  alarms: (code) => `alarms/${code}`,
});

/** Why the hub refused a call (HubErrorCode.cs): a refusal's message is "<code>: <detail>". */
export const HubErrorCode = Object.freeze({
  invalidScope: 'invalid-scope',
  forbidden: 'forbidden',
  notFound: 'not-found',
  unavailable: 'unavailable',
});

/** @typedef {'invalid-scope' | 'forbidden' | 'not-found' | 'unavailable'} HubErrorCodeName */

/**
 * One live message (LiveUpdate.cs): `kind` says which record `payload` is.
 * @typedef {{ scope: string, kind: 'city', version: number, payload: CityStatus }
 *   | { scope: string, kind: 'district', version: number, payload: DistrictStatus }
 *   | { scope: string, kind: 'estate', version: number, payload: EstateStatus }
 *   | { scope: string, kind: 'incidents', version: number, payload: Array<IncidentSummary> }
 *   | { scope: string, kind: 'facilities', version: number, payload: FacilityOverview }
 *   | { scope: string, kind: 'queue', version: number, payload: WorkQueueView }
 *   | { scope: string, kind: 'contract', version: number, payload: ScorecardView }
 *   | { scope: string, kind: 'alarms', version: number, payload: AlarmBoard }} LiveUpdate
 */

/**
 * @typedef {object} AlarmBoard
 * @property {string | null} district
 * @property {number} version
 * @property {Array<BoardAlarm>} open
 * @property {Array<BoardAlarm>} recentlyCleared
 * @property {Array<AlarmSituation>} situations
 * @property {number} unacknowledged
 */

/** @typedef {'Minor' | 'Major' | 'Critical'} AlarmSeverity */

/**
 * @typedef {object} AlarmSituation
 * @property {string} situationId
 * @property {string} estateId
 * @property {string | null} buildingId
 * @property {string | null} gridId
 * @property {Array<string>} alarmIds
 * @property {AlarmSeverity} severity
 * @property {string} since
 */

/** @typedef {'Security' | 'Facilities' | 'Incidents' | 'WorkOrders'} AlarmSource */

/** @typedef {'ActiveUnacknowledged' | 'ActiveAcknowledged' | 'Cleared'} AlarmState */

/**
 * @typedef {object} BoardAlarm
 * @property {StreamAlarm} alarm
 * @property {AlarmSeverity} severity
 * @property {number} reminders
 * @property {string | null} situationId
 */

/**
 * @typedef {object} BuildingInfo
 * @property {string} buildingId
 * @property {string} name
 * @property {string} gridId
 * @property {number} floors
 */

/**
 * @typedef {object} CityStatus
 * @property {number} version
 * @property {number} estates
 * @property {OccupancyCounts} occupancy
 * @property {Array<DistrictSummary>} districts
 * @property {EstateTotals} totals
 */

/**
 * @typedef {object} ClusterStatus
 * @property {boolean} connected
 * @property {Array<SiloInfo>} silos
 * @property {string} at
 */

/**
 * @typedef {object} ContractAssessment
 * @property {string} period
 * @property {number} score
 * @property {string} assessor
 * @property {string} assessedOn
 * @property {string} evidenceRef
 * @property {string | null} recordedBy
 * @property {string | null} recordedAt
 */

/**
 * @typedef {object} ContractAttachment
 * @property {string} contractId
 * @property {string} companyCode
 * @property {string} companyName
 * @property {string | null} zoneId
 */

/**
 * @typedef {object} DistrictStatus
 * @property {string} code
 * @property {string} name
 * @property {number} version
 * @property {OccupancyCounts} occupancy
 * @property {Array<EstateSummary>} estates
 * @property {EstateTotals} totals
 */

/**
 * @typedef {object} DistrictSummary
 * @property {string} code
 * @property {string} name
 * @property {number} version
 * @property {number} estates
 * @property {OccupancyCounts} occupancy
 * @property {EstateTotals} totals
 */

/** @typedef {'Grid' | 'Estate' | 'Street' | 'District'} EscalationLevel */

/**
 * @typedef {object} EstateLayout
 * @property {string} estateId
 * @property {Array<ZoneInfo>} zones
 * @property {Array<BuildingInfo>} buildings
 * @property {Array<ContractAttachment>} contracts
 * @property {Array<GridCard>} grids
 */

/**
 * @typedef {object} EstateProfile
 * @property {string} estateId
 * @property {string} name
 * @property {string} district
 * @property {string} street
 * @property {number} floorArea
 * @property {string} registeredAt
 * @property {GeoPoint | null} location
 */

/**
 * @typedef {object} EstateStatus
 * @property {EstateProfile} profile
 * @property {OccupancyCounts} occupancy
 * @property {number} version
 * @property {string} updatedAt
 * @property {number} zones
 * @property {number} grids
 * @property {number} buildings
 * @property {ResidencyCounts} residency
 * @property {IncidentCounts} incidents
 * @property {SecurityCounts} security
 * @property {FacilityCounts} facilities
 * @property {HealthResult | null} health
 * @property {Object<string, number>} tenures
 * @property {Array<ContractAttachment>} contracts
 * @property {number} changes
 */

/**
 * @typedef {object} EstateSummary
 * @property {string} estateId
 * @property {string} name
 * @property {string} district
 * @property {number} version
 * @property {OccupancyCounts} occupancy
 * @property {ResidencyCounts} residency
 * @property {IncidentCounts} incidents
 * @property {SecurityCounts} security
 * @property {FacilityCounts} facilities
 * @property {HealthResult | null} health
 * @property {number} changes
 */

/**
 * @typedef {object} EstateTotals
 * @property {ResidencyCounts} residency
 * @property {IncidentCounts} incidents
 * @property {SecurityCounts} security
 * @property {FacilityCounts} facilities
 */

/**
 * @typedef {object} FacilityCounts
 * @property {number} openFaults
 * @property {number} overdueFaults
 * @property {number} facilities
 * @property {number} inService
 * @property {number} degraded
 * @property {number} outOfService
 * @property {number} preventiveOpen
 * @property {number} preventiveOverdue
 * @property {number} activeAlarms
 * @property {number} unacknowledgedAlarms
 * @property {number} estatesWithRegister
 */

/**
 * @typedef {object} FacilityOverview
 * @property {string} estateId
 * @property {FacilityCounts} counts
 * @property {Array<FacilityTypeCount>} byType
 * @property {Array<WorkOrderSummary>} openOrders
 * @property {number} version
 */

/** @typedef {'InService' | 'Degraded' | 'OutOfService'} FacilityStatus */

/** @typedef {'Lift' | 'WaterTank' | 'WaterPump' | 'Lighting' | 'FireSystem' | 'AccessControl' | 'Gate' | 'Cctv' | 'GarbageStation' | 'AccessibilityRamp' | 'ElderlyCareRoom' | 'RehabilitationRoom' | 'VolunteerRoom' | 'PoliceRoom' | 'Clinic' | 'CultureRoom'} FacilityType */

/**
 * @typedef {object} FacilityTypeCount
 * @property {FacilityType} type
 * @property {number} inService
 * @property {number} degraded
 * @property {number} outOfService
 */

/**
 * @typedef {object} GeoPoint
 * @property {number} lat
 * @property {number} long
 */

/**
 * @typedef {object} GridCard
 * @property {string} gridId
 * @property {string} name
 * @property {string | null} zoneId
 * @property {GridSummary} summary
 * @property {number} staff
 * @property {Array<GridStaffRole>} missingRoles
 * @property {GridSizeWarning | null} sizeWarning
 */

/**
 * @typedef {object} GridSizeWarning
 * @property {number} households
 * @property {number} warnAbove
 */

/** @typedef {'PropertyStaff' | 'StreetAssistant' | 'ResidentsCommitteeStaff'} GridStaffRole */

/**
 * @typedef {object} GridSummary
 * @property {string} gridId
 * @property {number} version
 * @property {string | null} zoneId
 * @property {OccupancyCounts} occupancy
 * @property {ResidencyCounts} residency
 * @property {Object<string, number>} tenures
 * @property {number} openMatters
 * @property {number} changes
 */

/** @typedef {'None' | 'Vacancy' | 'IncidentLoad' | 'OverdueIncidents' | 'GuardShortfall' | 'CamerasOffline' | 'OpenFaults' | 'OverdueFaults' | 'RentArrears' | 'OverdueReviews' | 'ExitReviews' | 'Satisfaction'} HealthFactor */

/**
 * @typedef {object} HealthResult
 * @property {number} score
 * @property {HealthFactor} topFactor
 * @property {Object<string, number>} penalties
 */

/** @typedef {'Complaint' | 'Dispute' | 'Security' | 'IllegalStructure' | 'Parking' | 'Pets' | 'GarbageSorting' | 'Environment' | 'Facility' | 'Welfare'} IncidentCategory */

/**
 * @typedef {object} IncidentCounts
 * @property {number} openCritical
 * @property {number} openMajor
 * @property {number} openMinor
 * @property {number} overdue
 * @property {number} escalated
 * @property {number} openInfo
 * @property {number} acknowledged24h
 * @property {number} minutesToAcknowledgeSum24h
 * @property {number} closed24h
 * @property {number} minutesToCloseSum24h
 * @property {number} open
 * @property {number | null} meanMinutesToAcknowledge24h
 * @property {number | null} meanMinutesToClose24h
 */

/**
 * @typedef {object} IncidentLocation
 * @property {string} estateId
 * @property {string | null} gridId
 * @property {string | null} buildingId
 * @property {string | null} dwellingId
 * @property {string | null} address
 * @property {number | null} lat
 * @property {number | null} long
 */

/** @typedef {'Critical' | 'Major' | 'Minor' | 'Info'} IncidentSeverity */

/** @typedef {'Resident' | 'GridStaff' | 'PropertyCompany' | 'Device' | 'Open311'} IncidentSource */

/** @typedef {'Collected' | 'Filed' | 'Voided' | 'Dispatched' | 'InHandling' | 'Feedback' | 'Closed' | 'Evaluated'} IncidentStatus */

/**
 * @typedef {object} IncidentSummary
 * @property {string} incidentId
 * @property {number} version
 * @property {IncidentCategory} category
 * @property {IncidentSeverity} severity
 * @property {IncidentSource} source
 * @property {IncidentStatus} status
 * @property {EscalationLevel} level
 * @property {IncidentLocation} location
 * @property {string} description
 * @property {SlaDeadlines} deadlines
 * @property {string} createdAt
 * @property {string} updatedAt
 * @property {boolean} overdue
 * @property {string | null} acknowledgedAt
 * @property {string | null} closedAt
 * @property {ResponsibleParty | null} assignedTo
 * @property {number} occurrences
 * @property {string | null} deviceId
 * @property {string | null} alarmType
 * @property {string | null} district
 * @property {number | null} rating
 * @property {string | null} agency
 */

/**
 * @typedef {object} OccupancyCounts
 * @property {number} dwellings
 * @property {number} occupied
 * @property {Object<string, number>} byState
 * @property {number} rate
 */

/**
 * @typedef {object} ResidencyCounts
 * @property {number} households
 * @property {number} residents
 * @property {number} rentOwing
 * @property {number} rentSerious
 * @property {number} reviewsOverdue
 * @property {number} deductionWarnings
 * @property {number} exitReviews
 * @property {number} specialGroupHouseholds
 */

/** @typedef {'GridStaff' | 'PropertyCompany' | 'PoliceStation' | 'CivilAffairsOffice' | 'HousingOffice' | 'UrbanManagement'} ResponsibleParty */

/** @typedef {'None' | 'SlaCompliance' | 'ResponseTime' | 'RepairTime' | 'RepeatFaults' | 'PreventiveOnTime' | 'Satisfaction' | 'Deductions' | 'Assessment'} ScoreFactor */

/**
 * @typedef {object} ScoreFactorResult
 * @property {ScoreFactor} factor
 * @property {number | null} value
 * @property {number} penalty
 * @property {string} unit
 */

/**
 * @typedef {object} ScorecardFigures
 * @property {number} ordersClosed
 * @property {number} ordersWithinSla
 * @property {number} incidentsClosed
 * @property {number} incidentsWithinSla
 * @property {number | null} responseMeanMinutes
 * @property {number | null} responseP90Minutes
 * @property {number | null} repairMeanHours
 * @property {number | null} repairP90Hours
 * @property {number} repeatFaults
 * @property {number} preventiveClosed
 * @property {number} preventiveOnTime
 * @property {number} ratings
 * @property {number | null} meanRating
 * @property {number} deductions
 */

/**
 * @typedef {object} ScorecardView
 * @property {string} contractId
 * @property {number} version
 * @property {string} period
 * @property {number} score
 * @property {number} threshold
 * @property {boolean} belowThreshold
 * @property {ScoreFactor} topFactor
 * @property {Array<ScoreFactorResult>} factors
 * @property {ScorecardFigures} figures
 * @property {string} updatedAt
 * @property {string | null} companyName
 * @property {string | null} creditCode
 * @property {string | null} estateId
 * @property {string | null} zoneId
 * @property {ContractAssessment | null} assessment
 */

/**
 * @typedef {object} SecurityCounts
 * @property {number} guardsOnDuty
 * @property {number} guardsRequired
 * @property {number} camerasOnline
 * @property {number} camerasTotal
 * @property {number} activeAlarms
 * @property {number} unacknowledgedAlarms
 * @property {number} underStaffedEstates
 * @property {number} missedCheckpointsToday
 * @property {number} patrolMinutesToday
 * @property {number} roundsCompletedToday
 * @property {number} roundsScheduledToday
 * @property {number} vacantShifts
 * @property {number} unconfirmedShifts
 * @property {number} absentFromShift
 */

/**
 * @typedef {object} SiloInfo
 * @property {string} address
 * @property {string} name
 * @property {string} status
 * @property {string} startedAt
 */

/**
 * @typedef {object} SlaDeadlines
 * @property {string | null} acknowledgeBy
 * @property {string | null} dispatchBy
 * @property {string | null} resolveBy
 */

/**
 * @typedef {object} StreamAlarm
 * @property {string} alarmId
 * @property {number} version
 * @property {AlarmSource} source
 * @property {string} type
 * @property {string} estateId
 * @property {string} district
 * @property {AlarmSeverity} severity
 * @property {AlarmState} state
 * @property {string} detail
 * @property {string} raisedAt
 * @property {string} updatedAt
 * @property {string | null} estateName
 * @property {string | null} buildingId
 * @property {string | null} gridId
 * @property {string | null} originator
 * @property {number} count
 * @property {string | null} acknowledgedBy
 * @property {string | null} acknowledgedAt
 * @property {string | null} clearedAt
 * @property {string | null} workOrderId
 * @property {string | null} incidentId
 * @property {boolean} isOpen
 */

/**
 * @typedef {object} WorkOrderDeadlines
 * @property {string | null} acceptBy
 * @property {string | null} onSiteBy
 * @property {string | null} repairBy
 */

/** @typedef {'Corrective' | 'Preventive'} WorkOrderKind */

/**
 * @typedef {object} WorkOrderRoute
 * @property {string} queueId
 * @property {string | null} contractId
 * @property {string | null} companyName
 * @property {string | null} zoneId
 */

/** @typedef {'Reported' | 'Accepted' | 'Dispatched' | 'OnSite' | 'Repaired' | 'Verified' | 'Closed' | 'Cancelled'} WorkOrderStatus */

/**
 * @typedef {object} WorkOrderSummary
 * @property {string} orderId
 * @property {number} version
 * @property {string} estateId
 * @property {string} district
 * @property {WorkOrderKind} kind
 * @property {string} facilityId
 * @property {FacilityType} facilityType
 * @property {string} code
 * @property {IncidentSeverity} severity
 * @property {WorkOrderStatus} status
 * @property {EscalationLevel} level
 * @property {WorkOrderRoute} route
 * @property {WorkOrderDeadlines} deadlines
 * @property {string} reportedAt
 * @property {string} updatedAt
 * @property {string | null} buildingId
 * @property {string | null} gridId
 * @property {boolean} overdue
 * @property {FacilityStatus} impact
 * @property {number | null} cost
 * @property {string | null} dueAt
 * @property {string | null} closedAt
 * @property {number} sentBack
 * @property {number | null} rating
 * @property {number} occurrences
 * @property {string | null} acceptedAt
 * @property {string | null} repairedAt
 * @property {boolean} isOpen
 */

/**
 * @typedef {object} WorkQueueView
 * @property {string} queueId
 * @property {number} version
 * @property {Array<WorkOrderSummary>} orders
 * @property {number} closed30d
 * @property {number} breached30d
 * @property {number} preventiveOverdue
 * @property {number} preventiveClosed30d
 * @property {number} preventiveLate30d
 * @property {number} cost30d
 */

/**
 * @typedef {object} ZoneInfo
 * @property {string} zoneId
 * @property {string} name
 */
