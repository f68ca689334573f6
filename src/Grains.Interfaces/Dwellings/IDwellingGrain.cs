namespace Anju.Dwellings;

/// <summary>A dwelling (住房/套): the one owner of its occupancy. Key: <see cref="Keys.Dwelling"/>.</summary>
[Alias("Anju.Dwellings.IDwellingGrain")]
public interface IDwellingGrain : IGrainWithStringKey
{
    /// <summary>Creates the dwelling as vacant. Repeating the same creation is harmless.</summary>
    Task<DwellingSnapshot> CreateAsync(CreateDwelling command);

    /// <summary>Applies one lifecycle step; acknowledged once the new state is durable and the
    /// estate has the new summary. Throws <see cref="Common.ConflictException"/> for an
    /// illegal transition and <see cref="Common.NotFoundException"/> when never created.</summary>
    Task<DwellingSnapshot> ChangeOccupancyAsync(ChangeOccupancy command);

    /// <summary>The dwelling's current state and history.</summary>
    [ReadOnly]
    Task<DwellingSnapshot> GetAsync();
}
