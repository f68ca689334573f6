namespace Anju.Incidents;

/// <summary>Where a case stands in the digital city-management case flow (GB/T 30428, CJ/T 315).</summary>
[GenerateSerializer]
public enum IncidentStatus
{
    /// <summary>Collected (信息收集): reported, not yet accepted.</summary>
    Collected,

    /// <summary>Filed (立案): accepted as a case; the acknowledgement.</summary>
    Filed,

    /// <summary>Voided (作廢): not a case, with a reason and an approver. Final.</summary>
    Voided,

    /// <summary>Dispatched (派遣) to the responsible party.</summary>
    Dispatched,

    /// <summary>In handling (處置): the party has taken it on.</summary>
    InHandling,

    /// <summary>Handler feedback given (處置反饋), awaiting verification.</summary>
    Feedback,

    /// <summary>Verified and closed (核查結案).</summary>
    Closed,

    /// <summary>Closed and evaluated by the resident (評價, satisfaction 1–5). Final.</summary>
    Evaluated,
}
