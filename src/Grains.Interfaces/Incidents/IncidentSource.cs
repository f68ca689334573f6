namespace Anju.Incidents;

/// <summary>Who raised an incident.</summary>
[GenerateSerializer]
public enum IncidentSource
{
    /// <summary>A resident (住戶), in person or by phone.</summary>
    Resident,

    /// <summary>Grid staff (網格員) during information collection or patrol.</summary>
    GridStaff,

    /// <summary>The property-service company (物業服務企業).</summary>
    PropertyCompany,

    /// <summary>A device alarm (lift, pump, camera, access control): one open incident per device and alarm type.</summary>
    Device,

    /// <summary>A citizen-reporting app through the Open311 GeoReport v2 interface.</summary>
    Open311,
}
