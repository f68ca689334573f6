using Anju.Dwellings;
using Anju.Errors;
using Anju.Estates;
using C = Anju.Silo.Import.ImportColumns;

namespace Anju.Silo.Import;

/// <summary>
/// Checks a plan with the grains' own pure rules against an outline of each estate (seeded with what
/// is stored), in the order the import applies it: profile, zones, grids, buildings, dwellings. Each failure
/// is reported at the row that defined the thing, in the file's column names.
/// </summary>
public static class ImportRules
{
    private static readonly Dictionary<string, string> EstateFields = new(StringComparer.Ordinal)
    {
        ["estateId"] = C.EstateId, ["name"] = C.EstateName, ["district"] = C.District, ["street"] = C.Street,
        ["floorArea"] = C.EstateFloorArea, ["body"] = C.EstateId, [""] = C.EstateId, ["lat"] = C.EstateLat, ["long"] = C.EstateLong,
    };

    private static readonly Dictionary<string, string> ZoneFields = new(StringComparer.Ordinal) { ["zoneId"] = C.ZoneId, ["name"] = C.ZoneName, [""] = C.ZoneId };

    private static readonly Dictionary<string, string> GridFields = new(StringComparer.Ordinal) { ["gridId"] = C.GridId, ["name"] = C.GridName, ["zoneId"] = C.ZoneId };

    private static readonly Dictionary<string, string> BuildingFields = new(StringComparer.Ordinal)
    {
        ["buildingId"] = C.BuildingId, ["name"] = C.BuildingName, ["gridId"] = C.GridId, ["floors"] = C.Floors, [""] = C.BuildingId,
    };

    private static readonly Dictionary<string, string> DwellingFields = new(StringComparer.Ordinal)
    {
        ["household"] = C.InitialState, ["size"] = C.HouseholdSize, ["body"] = C.DwellingId, [""] = C.DwellingId,
    };

    public static List<RowError> Check(ImportPlan plan, IReadOnlyDictionary<string, StoredEstate> stored, ImportRuleOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<RowError>();
        foreach (var estate in plan.Estates.Values)
        {
            CheckEstate(estate, stored.GetValueOrDefault(estate.EstateId), options, now, errors);
        }

        return errors;
    }

    private static void CheckEstate(EstateImport estate, StoredEstate? stored, ImportRuleOptions options, DateTimeOffset now, List<RowError> errors)
    {
        var profile = Try(errors, estate.Row, EstateFields, () => EstateRules.Validate(estate.EstateId, estate.Registration, now));
        if (estate.Location is { } location)
        {
            Try(errors, estate.Row, EstateFields, () => GeoRules.Validate(location));
        }

        EstateOutline state;
        if (stored is not null)
        {
            if (profile is not null && !EstateRules.SameProfile(stored.Profile, profile))
            {
                errors.Add(new RowError(estate.Row, ProfileDifference(stored.Profile, profile),
                    $"Estate '{estate.EstateId}' is already registered as {Describe(stored.Profile)}; the file says {Describe(profile)}."));
            }

            state = EstateOutline.Of(stored.Profile, stored.Structure);
        }
        else
        {
            // An invalid profile is reported above; its structure is still checked on its own merits
            // (an unusable floor area lets zones through rather than blaming every zone for it).
            var area = estate.Registration.FloorArea;
            state = new EstateOutline(profile ?? new EstateProfile(estate.EstateId, "", "", "", double.IsFinite(area) && area > 0 ? area : double.MaxValue, now));
        }

        foreach (var zone in estate.Zones.Values)
        {
            var c = zone.Command;
            Put(state.Zones, zone.Row, "zone", c.ZoneId, ZoneFields, () => EstateStructureRules.Zone(state, c, options.Zones), () => new ZoneInfo(c.ZoneId, c.Name), errors);
        }

        foreach (var grid in estate.Grids.Values)
        {
            var c = grid.Command;
            Put(state.Grids, grid.Row, "grid", c.GridId, GridFields, () => EstateStructureRules.Grid(state, c), () => new GridInfo(c.GridId, c.Name, c.ZoneId), errors);
        }

        foreach (var building in estate.Buildings.Values)
        {
            var c = building.Command;
            Put(state.Buildings, building.Row, "building", c.BuildingId, BuildingFields, () => EstateStructureRules.Building(state, c),
                () => new BuildingInfo(c.BuildingId, c.Name, c.GridId, c.Floors is >= 1 and <= 200 ? c.Floors : 200), errors);
        }

        var today = DateOnly.FromDateTime(now.UtcDateTime);
        foreach (var dwelling in estate.Dwellings.Values)
        {
            var valid = Try(errors, dwelling.Row, DwellingFields, () =>
            {
                EstateStructureRules.Dwelling(state, dwelling.Command, options.Households, today);
                return dwelling.Command;
            });
            if (valid is not null && stored?.Dwellings.GetValueOrDefault(valid.DwellingId) is { } held && StoredDifference(held, valid) is { } difference)
            {
                errors.Add(new RowError(dwelling.Row, difference.Column, difference.Message));
            }
        }
    }

    /// <summary>Adds a structural fact the way the estate grain does: an identical repeat is harmless, other details a conflict.
    /// A fact that fails its rule is reported once and stands in as given, so what is inside it is checked on its own merits
    /// instead of failing for its container (a bad zone does not also fail its grids, buildings and dwellings).</summary>
    private static void Put<T>(
        Dictionary<string, T> facts, int row, string kind, string id, Dictionary<string, string> fields, Func<T> validate, Func<T> placeholder, List<RowError> errors)
        where T : class
    {
        if (Try(errors, row, fields, validate) is not { } fact)
        {
            facts.TryAdd(id, placeholder());
            return;
        }

        if (facts.TryGetValue(id, out var held) && !Equals(held, fact))
        {
            errors.Add(new RowError(row, fields[""], $"The estate already has {kind} '{id}' stored with other details ({held})."));
            return;
        }

        facts[id] = fact;
    }

    /// <summary>What can be seen of a stored dwelling without reading it: its tenure, and while it is untouched since
    /// onboarding (version 1) its state and household figures. A difference would be refused by the dwelling grain.</summary>
    private static (string Column, string Message)? StoredDifference(DwellingSummary held, AddDwelling file)
    {
        var id = file.DwellingId;
        if (held.Tenure != file.Tenure)
        {
            return (C.Tenure, $"Dwelling '{id}' is already stored as {held.Tenure}.");
        }

        if (held.Version != 1)
        {
            return null;
        }

        if (held.State != file.InitialState)
        {
            return (C.InitialState, $"Dwelling '{id}' is already stored, onboarded as {held.State}.");
        }

        return OccupancyRules.IsLivedIn(held.State) && (held.Residents, held.SpecialGroups) != (file.Household?.Size ?? 0, file.Household?.SpecialGroups ?? default)
            ? (C.HouseholdSize, $"Dwelling '{id}' is already stored with a household of {held.Residents} ({held.SpecialGroups}).")
            : null;
    }

    private static T? Try<T>(List<RowError> errors, int row, Dictionary<string, string> fields, Func<T> check)
        where T : class
    {
        try
        {
            return check();
        }
        catch (ValidationException ex)
        {
            errors.Add(new RowError(row, fields.GetValueOrDefault(ex.Field, ex.Field), ex.Message));
        }
        catch (ConflictException ex)
        {
            // Conflicts from the rules (zones on a small estate) name no field: blame the thing's id column.
            errors.Add(new RowError(row, fields[""], ex.Message));
        }

        return null;
    }

    private static string ProfileDifference(EstateProfile stored, EstateProfile file) =>
        stored.Name != file.Name ? C.EstateName
        : stored.District != file.District ? C.District
        : stored.Street != file.Street ? C.Street
        : C.EstateFloorArea;

    private static string Describe(EstateProfile p) => $"'{p.Name}', {p.District}, {p.Street}, {p.FloorArea:0.##} m²";
}
