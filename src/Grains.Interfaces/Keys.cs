namespace Anju;

/// <summary>
/// The one place where grain key formats are written. Every key carries a letter prefix so no
/// key is all digits (the ADO.NET storage aliases "020235" and "20235", dotnet/orleans #9706),
/// and keys stay short because the reminders table stores grain ids in varchar(150).
/// </summary>
public static class Keys
{
    /// <summary>Key of an estate (小區) grain: <c>estate/TH-0001</c>.</summary>
    public static string Estate(string estateId) => $"estate/{estateId}";

    /// <summary>Key of a dwelling (住房) grain: <c>dwelling/TH-0001/3-2-1501</c>.</summary>
    public static string Dwelling(string estateId, string dwellingId) => $"dwelling/{estateId}/{dwellingId}";

    /// <summary>Key of a grid (網格) grain: <c>grid/TH-0001/G01</c>.</summary>
    public static string Grid(string estateId, string gridId) => $"grid/{estateId}/{gridId}";

    /// <summary>Key of a grid's work (網格工作: information-collection tasks, mediations): <c>gridwork/TH-0001/G01</c>.</summary>
    public static string GridWork(string estateId, string gridId) => $"gridwork/{estateId}/{gridId}";

    /// <summary>Key of an estate's community service stations (社區服務站): <c>stations/TH-0001</c>.</summary>
    public static string Stations(string estateId) => $"stations/{estateId}";

    /// <summary>Key of an estate's volunteers, building leaders and volunteer hours (志願時): <c>volunteers/TH-0001</c>.</summary>
    public static string Volunteers(string estateId) => $"volunteers/{estateId}";

    /// <summary>Key of a property-service contract (物業服務合同) grain: <c>contract/HT-2026-001</c>.</summary>
    public static string Contract(string contractId) => $"contract/{contractId}";

    /// <summary>Key of an estate's incident book (事件): <c>incidents/TH-0001</c>.</summary>
    public static string EstateIncidents(string estateId) => $"incidents/{estateId}";

    /// <summary>Key of one incident (事件) case: <c>incident/IN-20261128-K3Q9ZP</c>.</summary>
    public static string Incident(string incidentId) => $"incident/{incidentId}";

    /// <summary>Key of an estate's security desk (guards, patrols, alarms): <c>security/TH-0001</c>.</summary>
    public static string EstateSecurity(string estateId) => $"security/{estateId}";

    /// <summary>Key of an estate's camera register (視頻監控): <c>cameras/TH-0001</c>.</summary>
    public static string EstateCameras(string estateId) => $"cameras/{estateId}";

    /// <summary>Key of an estate's facility register and its work orders (設施): <c>facilities/TH-0001</c>.</summary>
    public static string EstateFacilities(string estateId) => $"facilities/{estateId}";

    /// <summary>Key of one work order (工單): <c>order/WO-20261207-K3Q9ZP</c>.</summary>
    public static string WorkOrder(string orderId) => $"order/{orderId}";

    /// <summary>Key of a work queue: a contract's (<c>queue/HT-2026-001</c>) or a district housing office's
    /// (<c>queue/office-TH</c>, <see cref="Facilities.WorkOrderRoute.OfficeQueue"/>).</summary>
    public static string WorkQueue(string queueId) => $"queue/{queueId}";

    /// <summary>Key of a district's alarm stream: <c>alarms/TH</c>.</summary>
    public static string AlarmStream(string district) => $"alarms/{district}";

    /// <summary>Key of the city's alarm stream, fed by the districts' streams.</summary>
    public const string CityAlarmStream = "alarms/GZ";

    /// <summary>Key of a contract's live scorecard (考核): <c>scorecard/HT-2026-001</c>.</summary>
    public static string Scorecard(string contractId) => $"scorecard/{contractId}";

    /// <summary>Key of the city's pool of property-service companies (物業服務企業備選庫) and contract ranking.</summary>
    public const string CompanyPool = "pool/GZ";

    /// <summary>Key of a contract's fee billing ledger (§6.2): <c>fees/HT-2026-001</c>.</summary>
    public static string FeeLedger(string contractId) => $"fees/{contractId}";

    /// <summary>Key of one contract month's bill: <c>fees/HT-2026-001/2026-12</c>.</summary>
    public static string FeeMonth(string contractId, string month) => $"fees/{contractId}/{month}";

    /// <summary>Key of a month's fee totals across the city, per contract: <c>fees-city/2026-12</c>.</summary>
    public static string FeeCityMonth(string month) => $"fees-city/{month}";

    /// <summary>Key of an estate's public-revenue account (§3.4): <c>account/TH-0001</c>.</summary>
    public static string PublicAccount(string estateId) => $"account/{estateId}";

    /// <summary>Key of an estate's commercial units (§3.3): <c>commercial/TH-0001</c>.</summary>
    public static string Commercial(string estateId) => $"commercial/{estateId}";

    /// <summary>Key of an estate's exit-review book (退出審查): opens one case per dwelling at a time: <c>exits/TH-0001</c>.</summary>
    public static string ExitReviewBook(string estateId) => $"exits/{estateId}";

    /// <summary>Key of one exit-review case: <c>exit/EX-20261207-K3Q9ZP</c>.</summary>
    public static string ExitReview(string caseId) => $"exit/{caseId}";

    /// <summary>Key of a waiting list (輪候冊) of one tenure type in one district: <c>waitlist/TH/PublicRental</c>.</summary>
    public static string Waitlist(string district, Estates.TenureType tenure) => $"waitlist/{district}/{tenure}";

    /// <summary>Key of an estate's second-address registrations (第二住址登記): <c>registrations/TH-0001</c>.</summary>
    public static string Registrations(string estateId) => $"registrations/{estateId}";

    /// <summary>Key of an estate's casework queues (the agency's paperwork, rounds, chase list, intake): <c>casework/TH-0001</c>.</summary>
    public static string Casework(string estateId) => $"casework/{estateId}";

    /// <summary>Key of one agency service contract's assessment: <c>agency/AG-2026-01</c>.</summary>
    public static string AgencyContract(string contractId) => $"agency/{contractId}";

    /// <summary>Key of the city's register of agency service contracts.</summary>
    public const string AgencyBook = "agencies/GZ";

    /// <summary>Reads the estate id back out of a casework key.</summary>
    public static string EstateIdOfCasework(string key) => After(key, "casework/");

    /// <summary>Key of an estate's consultation committee and compact (議事協商委員會, 小區規約): <c>committee/TH-0001</c>.</summary>
    public static string Committee(string estateId) => $"committee/{estateId}";

    /// <summary>Key of an estate's environment (§4.8): <c>environment/TH-0001</c>.</summary>
    public static string Environment(string estateId) => $"environment/{estateId}";

    /// <summary>Key of an estate's residents' satisfaction (§1): <c>satisfaction/TH-0001</c>.</summary>
    public static string Satisfaction(string estateId) => $"satisfaction/{estateId}";

    /// <summary>Key of the city's satisfaction rollup (per district and estate).</summary>
    public const string SatisfactionCity = "satisfaction-city/GZ";

    /// <summary>Key of a district (區) rollup grain: <c>district/TH</c>.</summary>
    public static string District(string code) => $"district/{code}";

    /// <summary>Key of the city rollup grain: there is one city, Guangzhou.</summary>
    public const string City = "city/GZ";

    /// <summary>Reads the district code back out of a district grain key.</summary>
    public static string DistrictCodeOf(string districtKey) => After(districtKey, "district/");

    /// <summary>Reads the estate id back out of an estate grain key.</summary>
    public static string EstateIdOf(string estateKey) => After(estateKey, "estate/");

    /// <summary>Reads the estate and dwelling ids back out of a dwelling grain key.</summary>
    public static (string EstateId, string DwellingId) DwellingIdOf(string dwellingKey) => Pair(dwellingKey, "dwelling/");

    /// <summary>Reads the estate and grid ids back out of a grid grain key.</summary>
    public static (string EstateId, string GridId) GridIdOf(string gridKey) => Pair(gridKey, "grid/");

    /// <summary>Reads the estate and grid ids back out of a grid-work key.</summary>
    public static (string EstateId, string GridId) GridWorkOf(string key) => Pair(key, "gridwork/");

    /// <summary>Reads the estate id back out of a station-register key.</summary>
    public static string EstateIdOfStations(string key) => After(key, "stations/");

    /// <summary>Reads the estate id back out of a volunteer-roster key.</summary>
    public static string EstateIdOfVolunteers(string key) => After(key, "volunteers/");

    /// <summary>Reads the estate id back out of an estate incident-book key.</summary>
    public static string EstateIdOfIncidents(string key) => After(key, "incidents/");

    /// <summary>Reads the incident id back out of an incident grain key.</summary>
    public static string IncidentIdOf(string key) => After(key, "incident/");

    /// <summary>Reads the estate id back out of an estate security-desk key.</summary>
    public static string EstateIdOfSecurity(string key) => After(key, "security/");

    /// <summary>Reads the estate id back out of an estate camera-register key.</summary>
    public static string EstateIdOfCameras(string key) => After(key, "cameras/");

    /// <summary>Reads the estate id back out of an estate facilities key.</summary>
    public static string EstateIdOfFacilities(string key) => After(key, "facilities/");

    /// <summary>Reads the order id back out of a work-order key.</summary>
    public static string WorkOrderIdOf(string key) => After(key, "order/");

    /// <summary>Reads the queue id back out of a work-queue key.</summary>
    public static string WorkQueueIdOf(string key) => After(key, "queue/");

    /// <summary>Reads the district code back out of an alarm-stream key (<c>GZ</c> for the city's).</summary>
    public static string DistrictOfAlarmStream(string key) => After(key, "alarms/");

    /// <summary>Reads the contract id back out of a scorecard key.</summary>
    public static string ContractIdOfScorecard(string key) => After(key, "scorecard/");

    /// <summary>Reads the contract id back out of a fee-ledger key.</summary>
    public static string ContractIdOfFees(string key) => After(key, "fees/");

    /// <summary>Reads the contract id and month back out of a fee-month key.</summary>
    public static (string ContractId, string Month) FeeMonthOf(string key) => Pair(key, "fees/");

    /// <summary>Reads the month back out of a city fee-month key.</summary>
    public static string MonthOfFeeCity(string key) => After(key, "fees-city/");

    /// <summary>Reads the estate id back out of a public-revenue account key.</summary>
    public static string EstateIdOfAccount(string key) => After(key, "account/");

    /// <summary>Reads the estate id back out of a commercial-units key.</summary>
    public static string EstateIdOfCommercial(string key) => After(key, "commercial/");

    /// <summary>Reads the district and tenure type back out of a waiting-list key.</summary>
    public static (string District, string Tenure) WaitlistOf(string key) => Pair(key, "waitlist/");

    /// <summary>Reads the estate id back out of a registrations key.</summary>
    public static string EstateIdOfRegistrations(string key) => After(key, "registrations/");

    /// <summary>Reads the estate id back out of a committee, environment or satisfaction key.</summary>
    public static string EstateIdOfCommunity(string key) =>
        key.StartsWith("committee/", StringComparison.Ordinal) ? After(key, "committee/")
        : key.StartsWith("environment/", StringComparison.Ordinal) ? After(key, "environment/")
        : After(key, "satisfaction/");

    /// <summary>Reads the contract id back out of a contract grain key.</summary>
    public static string ContractIdOf(string contractKey) => After(contractKey, "contract/");

    private static (string, string) Pair(string key, string prefix)
    {
        var rest = After(key, prefix);
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        return slash > 0
            ? (rest[..slash], rest[(slash + 1)..])
            : throw new ArgumentException($"'{key}' is not a {prefix.TrimEnd('/')} key.", nameof(key));
    }

    private static string After(string key, string prefix) =>
        key.StartsWith(prefix, StringComparison.Ordinal)
            ? key[prefix.Length..]
            : throw new ArgumentException($"'{key}' does not start with '{prefix}'.", nameof(key));
}
