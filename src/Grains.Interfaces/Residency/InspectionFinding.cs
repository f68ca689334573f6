namespace Anju.Residency;

/// <summary>What a usage inspection (使用巡查, §3.1–3.2) found.</summary>
[GenerateSerializer]
public enum InspectionFinding
{
    /// <summary>The dwelling is used as allocated.</summary>
    NoIssue = 0,

    /// <summary>轉租: let to someone else.</summary>
    Sublet = 1,

    /// <summary>閒置: allocated but not lived in.</summary>
    Idle = 2,

    /// <summary>損壞: damage to the dwelling.</summary>
    Damage = 3,

    /// <summary>擅自改變結構: illegal alteration.</summary>
    IllegalAlteration = 4,

    /// <summary>Anything else; the note says what.</summary>
    Other = 5,

    /// <summary>改變用途: the dwelling is used for something other than living in (a shop, an office, a store room).</summary>
    UseChanged = 6,
}
