namespace Anju.Demo;

/// <summary>Picks one of a few items with given relative weights, using the caller's seeded <see cref="Random"/>.</summary>
public sealed class WeightedChoice<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedChoice(params (T Item, double Weight)[] choices)
    {
        if (choices.Length == 0 || choices.Any(c => c.Weight <= 0))
        {
            throw new ArgumentException("At least one choice, every weight positive.", nameof(choices));
        }

        _items = [.. choices.Select(c => c.Item)];
        _cumulative = new double[choices.Length];
        var sum = 0.0;
        for (var i = 0; i < choices.Length; i++)
        {
            sum += choices[i].Weight;
            _cumulative[i] = sum;
        }
    }

    /// <summary>The items, in the order given.</summary>
    public IReadOnlyList<T> Items => _items;

    public T Pick(Random random)
    {
        var roll = random.NextDouble() * _cumulative[^1];
        var index = Array.FindIndex(_cumulative, c => roll < c);
        return _items[index < 0 ? _items.Length - 1 : index];
    }
}
