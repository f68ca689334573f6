using Anju.Dwellings;
using Anju.Residency;

namespace Anju.Estates;

/// <summary>Turns an estate's dwelling commands into creations for the dwelling grains: the whole batch is checked
/// against the estate's structure before anything is created.</summary>
internal static class DwellingOnboarding
{
    public static IReadOnlyList<CreateDwelling> Plan(
        string estateId, IEstateOutline estate, IReadOnlyList<AddDwelling> commands, HouseholdOptions households, DateOnly today)
    {
        var planned = commands.Select(c => (Command: c, Placement: EstateStructureRules.Dwelling(estate, c, households, today))).ToList();
        if (planned.GroupBy(p => p.Command.DwellingId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new ValidationException("dwellingId", $"Dwelling '{duplicate.Key}' appears more than once.");
        }

        return [.. planned.Select(p => new CreateDwelling(
            estateId, p.Command.DwellingId, p.Command.FloorArea, p.Placement.GridId,
            new DwellingAddress(p.Command.BuildingId, p.Command.Unit, p.Command.Floor, p.Command.Number.Trim()),
            p.Placement.Tenure)
        {
            InitialState = p.Command.InitialState,
            Household = p.Command.Household,
            LastReviewedOn = p.Command.LastReviewedOn,
        })];
    }
}
