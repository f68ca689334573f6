namespace Anju.Facilities;

/// <summary>Who reported a fault.</summary>
[GenerateSerializer]
public enum FaultSource
{
    /// <summary>A resident, through the API (a hotline operator on their behalf).</summary>
    Resident,

    /// <summary>A resident's app through Open311 GeoReport v2.</summary>
    Open311,

    /// <summary>Grid staff (網格員).</summary>
    GridStaff,

    /// <summary>The estate's security desk (a guard on patrol).</summary>
    SecurityDesk,

    /// <summary>The property company's own staff.</summary>
    PropertyCompany,

    /// <summary>A device through the ingest (a lift controller's fault code, a pump's no-pressure, a fire panel).</summary>
    Device,

    /// <summary>An alarm that outlived its threshold (a camera offline too long) or opens an order at once (a trapped lift).</summary>
    Alarm,

    /// <summary>A preventive-maintenance schedule (not a fault: the order is preventive).</summary>
    Schedule,
}
