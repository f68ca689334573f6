namespace Anju.Estates.Health;

/// <summary>How much one health factor may cost: <see cref="Weight"/> points per unit of the factor's ratio,
/// never more than <see cref="Cap"/> points.</summary>
internal sealed class HealthWeight
{
    /// <summary>For configuration binding.</summary>
    public HealthWeight() { }

    /// <summary>A weight and its cap.</summary>
    public HealthWeight(double weight, double cap)
    {
        Weight = weight;
        Cap = cap;
    }

    /// <summary>Points per unit of ratio (for a share, the points a 100 % share would cost before the cap).</summary>
    public double Weight { get; set; }

    /// <summary>The most points the factor can cost, however bad it gets.</summary>
    public double Cap { get; set; }
}
