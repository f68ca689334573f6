namespace Anju.Residency;

/// <summary>What a household's deductions inside the rolling window add up to.</summary>
[GenerateSerializer]
public enum DeductionLevel
{
    /// <summary>Below the warning threshold.</summary>
    None = 0,

    /// <summary>At or above the warning threshold: the household is warned.</summary>
    Warning = 1,

    /// <summary>At or above the exit threshold: the household's right to stay is reviewed (退出審查).</summary>
    ExitReview = 2,
}
