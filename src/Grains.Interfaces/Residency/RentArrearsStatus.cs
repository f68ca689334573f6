namespace Anju.Residency;

/// <summary>How far behind a household's rent is (租金欠繳), which decides whether the agency chases it (租金催繳).</summary>
[GenerateSerializer]
public enum RentArrearsStatus
{
    /// <summary>Nothing owed.</summary>
    Clear = 0,

    /// <summary>Something owed, but not yet long enough to chase.</summary>
    Owing = 1,

    /// <summary>Owed long enough that the agency chases it.</summary>
    Chasing = 2,

    /// <summary>Long-standing arrears: counted against the estate's health and grounds for further action.</summary>
    Serious = 3,
}
