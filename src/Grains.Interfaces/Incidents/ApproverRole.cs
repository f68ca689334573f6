namespace Anju.Incidents;

/// <summary>Who may approve a void, a send-back, an extension or a de-escalation: a supervisor at the
/// case's level or above.</summary>
[GenerateSerializer]
public enum ApproverRole
{
    /// <summary>The grid leader (網格長).</summary>
    GridLeader,

    /// <summary>The estate manager or residents' committee director (小區/社區負責人).</summary>
    EstateSupervisor,

    /// <summary>The street office (街道辦).</summary>
    StreetSupervisor,

    /// <summary>The district command centre (區指揮中心).</summary>
    DistrictSupervisor,
}
