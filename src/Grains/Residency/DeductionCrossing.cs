namespace Anju.Residency;

/// <summary>What recording one deduction did: the standing before and after. <see cref="Crossed"/> is true
/// exactly when the entry lifted the household into a higher level, so a grain raises the
/// warning / exit-review event once, on the entry that crossed.</summary>
internal sealed record DeductionCrossing(DeductionEntry Entry, DeductionStanding Before, DeductionStanding After)
{
    /// <summary>True when this entry raised the level.</summary>
    public bool Crossed => After.Level > Before.Level;

    /// <summary>The level this entry raised the household into, or null when it crossed nothing.</summary>
    public DeductionLevel? CrossedInto => Crossed ? After.Level : null;
}
