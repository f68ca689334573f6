namespace Anju.Incidents;

/// <summary>The escalation ladder (小事不出網格，大事不出社區、街道, §4.3): where a case is handled.</summary>
[GenerateSerializer]
public enum EscalationLevel
{
    /// <summary>The grid (網格), about 200 households.</summary>
    Grid,

    /// <summary>The estate and its community (小區/社區居委會).</summary>
    Estate,

    /// <summary>The street office or town (街道/鎮).</summary>
    Street,

    /// <summary>The district command centre (區指揮中心). The top of the ladder.</summary>
    District,
}
