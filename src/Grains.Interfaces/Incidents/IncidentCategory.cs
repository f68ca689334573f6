namespace Anju.Incidents;

/// <summary>What an incident (事件) is about; each category has a default route and SLA.</summary>
[GenerateSerializer]
public enum IncidentCategory
{
    /// <summary>A complaint or report (舉報投訴, §3.2).</summary>
    Complaint,

    /// <summary>A dispute between neighbours, or with the property company (矛盾糾紛, §4.3, §4.6, §5.2).</summary>
    Dispute,

    /// <summary>A public-order or safety matter (治安, §5.2).</summary>
    Security,

    /// <summary>An illegal structure (違章建築, §4.8).</summary>
    IllegalStructure,

    /// <summary>Vehicles parked out of order (車輛停放, §4.8).</summary>
    Parking,

    /// <summary>Pets (寵物管理, §4.8).</summary>
    Pets,

    /// <summary>Garbage sorting (垃圾分類, §4.8).</summary>
    GarbageSorting,

    /// <summary>Greening and cleanliness of the shared environment (綠化、美化、凈化, §4.8).</summary>
    Environment,

    /// <summary>A public facility fault (公共設施, §3.4).</summary>
    Facility,

    /// <summary>A household in need: welfare, care, assistance (民生, §5.1).</summary>
    Welfare,
}
