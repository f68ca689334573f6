namespace Anju.Access;

/// <summary>How far a grant reaches.</summary>
public enum ScopeKind
{
    /// <summary>The whole city; the scope id is empty.</summary>
    City,

    /// <summary>One district: its code (<c>TH</c>).</summary>
    District,

    /// <summary>One street office's estates: <c>district/street</c> (<c>TH/石牌街</c>).</summary>
    Street,

    /// <summary>One estate: its id (<c>TH-0001</c>).</summary>
    Estate,

    /// <summary>One service zone: <c>estate/zone</c> (<c>TH-0001/Z1</c>).</summary>
    Zone,

    /// <summary>One grid: <c>estate/grid</c> (<c>TH-0001/G01</c>).</summary>
    Grid,

    /// <summary>One property-service contract and the estate or zone it serves: its id (<c>HT-2026-001</c>).</summary>
    Contract,
}
