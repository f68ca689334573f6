using System.Globalization;
using Anju.Estates;
using C = Anju.Silo.Import.ImportColumns;

namespace Anju.Silo.Import;

/// <summary>
/// Groups parsed rows by estate and checks that rows agree: an estate, zone, grid or building repeated
/// with other details is an error at the later row, and so is a dwelling id seen before in the estate.
/// </summary>
public sealed class ImportPlanBuilder(List<RowError> errors)
{
    public ImportPlan Plan { get; } = new();

    public void Add(ParsedRow r)
    {
        ArgumentNullException.ThrowIfNull(r);
        if (!Plan.Estates.TryGetValue(r.EstateId, out var estate))
        {
            estate = new EstateImport(r.Row, r.EstateId, new RegisterEstate(r.EstateName, r.District, r.Street, r.EstateFloorArea), r.EstateLocation);
            Plan.Estates.Add(r.EstateId, estate);
        }
        else
        {
            var e = estate.Registration;
            Same(r.Row, estate.Row, $"estate '{r.EstateId}'",
                (C.EstateName, e.Name, r.EstateName), (C.District, e.District, r.District), (C.Street, e.Street, r.Street),
                (C.EstateFloorArea, Text(e.FloorArea), Text(r.EstateFloorArea)),
                (C.EstateLat, Text(estate.Location?.Lat), Text(r.EstateLocation?.Lat)), (C.EstateLong, Text(estate.Location?.Long), Text(r.EstateLocation?.Long)));
        }

        AddZone(estate, r);
        var grid = Define(estate.Grids, r.GridId, r.Row, () => new DefineGrid(r.GridId, r.GridName, r.ZoneId));
        Same(r.Row, grid.Row, $"grid '{r.GridId}'", (C.GridName, grid.Command.Name, r.GridName), (C.ZoneId, grid.Command.ZoneId ?? "", r.ZoneId ?? ""));
        var building = Define(estate.Buildings, r.BuildingId, r.Row, () => new AddBuilding(r.BuildingId, r.BuildingName, grid.Command.GridId, r.Floors));
        Same(r.Row, building.Row, $"building '{r.BuildingId}'",
            (C.BuildingName, building.Command.Name, r.BuildingName), (C.GridId, building.Command.GridId, r.GridId), (C.Floors, Text(building.Command.Floors), Text(r.Floors)));

        if (estate.Dwellings.TryGetValue(r.DwellingId, out var seen))
        {
            errors.Add(new RowError(r.Row, C.DwellingId, $"Dwelling '{r.DwellingId}' of estate '{r.EstateId}' already appears in row {seen.Row}."));
            return;
        }

        // The building's own id string is shared by its dwellings: 150,000 rows need not mean 150,000 copies.
        estate.Dwellings.Add(r.DwellingId, new Defined<AddDwelling>(r.Row, new AddDwelling(
            r.DwellingId, r.FloorArea, building.Command.BuildingId, r.Unit, r.Floor, r.Number, r.Tenure, r.OwnedShare)
        {
            InitialState = r.InitialState,
            Household = r.Household,
            LastReviewedOn = r.LastReviewedOn,
        }));
    }

    private void AddZone(EstateImport estate, ParsedRow r)
    {
        if (r.ZoneId is null)
        {
            if (r.ZoneName is not null)
            {
                errors.Add(new RowError(r.Row, C.ZoneName, $"{C.ZoneName} is given without a {C.ZoneId}."));
            }

            return;
        }

        var zone = Define(estate.Zones, r.ZoneId, r.Row, () => new DefineZone(r.ZoneId, r.ZoneName ?? ""));
        Same(r.Row, zone.Row, $"zone '{r.ZoneId}'", (C.ZoneName, zone.Command.Name, r.ZoneName ?? ""));
    }

    private static Defined<T> Define<T>(OrderedDictionary<string, Defined<T>> defined, string id, int row, Func<T> create)
    {
        if (!defined.TryGetValue(id, out var held))
        {
            held = new Defined<T>(row, create());
            defined.Add(id, held);
        }

        return held;
    }

    /// <summary>Reports the first column whose value differs from the row that defined the thing.</summary>
    private void Same(int row, int firstRow, string what, params (string Column, string Before, string Now)[] cells)
    {
        if (row != firstRow && cells.FirstOrDefault(c => !string.Equals(c.Before, c.Now, StringComparison.Ordinal)) is { Column: not null } diff)
        {
            errors.Add(new RowError(row, diff.Column, $"{diff.Column} of {what} is '{diff.Now}' here but '{diff.Before}' in row {firstRow}."));
        }
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Text(double? value) => value is { } v ? Text(v) : "";

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
