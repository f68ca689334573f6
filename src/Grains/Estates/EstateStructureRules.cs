using Anju.Common;
using Anju.Contracts;
using Anju.Dwellings;
using Anju.Residency;

namespace Anju.Estates;

/// <summary>Pure checks on an estate's structure commands; each failure names its field.</summary>
public static class EstateStructureRules
{
    public static ZoneInfo Zone(IEstateOutline s, DefineZone c, ZoneOptions options)
    {
        ZoneRules.EnsureZonesAllowed(s.Profile!.FloorArea, options);
        return new ZoneInfo(Validate.Id("zoneId", c.ZoneId), Validate.Text("name", c.Name));
    }

    public static GridInfo Grid(IEstateOutline s, DefineGrid c)
    {
        var zoneId = string.IsNullOrWhiteSpace(c.ZoneId) ? null : c.ZoneId;
        if (zoneId is not null && !s.Zones.ContainsKey(zoneId))
        {
            throw new ValidationException("zoneId", $"Zone '{zoneId}' is not defined in this estate.");
        }

        if (zoneId is null && s.Zones.Count > 0)
        {
            throw new ValidationException("zoneId", "This estate is divided into zones: a grid must name its zone.");
        }

        return new GridInfo(Validate.Id("gridId", c.GridId), Validate.Text("name", c.Name), zoneId);
    }

    public static BuildingInfo Building(IEstateOutline s, AddBuilding c)
    {
        var gridId = Validate.Id("gridId", c.GridId);
        if (!s.Grids.ContainsKey(gridId))
        {
            throw new ValidationException("gridId", $"Grid '{gridId}' is not defined in this estate.");
        }

        if (c.Floors is < 1 or > 200)
        {
            throw new ValidationException("floors", "floors must be between 1 and 200.");
        }

        return new BuildingInfo(Validate.Id("buildingId", c.BuildingId), Validate.Text("name", c.Name), gridId, c.Floors);
    }

    /// <summary>Validates one dwelling against the estate's buildings; returns its grid and tenure.</summary>
    public static (string GridId, Tenure Tenure) Dwelling(IEstateOutline s, AddDwelling c, HouseholdOptions households, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(c);
        Validate.Id("dwellingId", c.DwellingId);
        Validate.Positive("floorArea", c.FloorArea);
        if (!s.Buildings.TryGetValue(c.BuildingId ?? "", out var building))
        {
            throw new ValidationException("buildingId", $"Building '{c.BuildingId}' is not defined in this estate.");
        }

        if (c.Unit is < 1 or > 99)
        {
            throw new ValidationException("unit", "unit must be between 1 and 99.");
        }

        if (c.Floor < -5 || c.Floor > building.Floors)
        {
            throw new ValidationException("floor", $"floor must be between -5 and the building's {building.Floors} floors.");
        }

        Validate.Text("number", c.Number, 10);
        if (!Enum.IsDefined(c.Tenure))
        {
            throw new ValidationException("tenure", "tenure must be PublicRental, LowRent, Economy or LimitedPrice.");
        }

        if (!Enum.IsDefined(c.InitialState))
        {
            throw new ValidationException("initialState", "initialState is not a known occupancy state.");
        }

        if (c.Household is not null)
        {
            HouseholdRules.Validate(c.Household, households);
            if (!OccupancyRules.MayHaveHousehold(c.InitialState))
            {
                throw new ValidationException("household", $"A dwelling that starts {c.InitialState} has no household.");
            }
        }

        if (c.LastReviewedOn > today)
        {
            throw new ValidationException("lastReviewedOn", "lastReviewedOn cannot be in the future.");
        }

        return (building.GridId, TenureRules.Validate(new Tenure(c.Tenure, c.OwnedShare)));
    }

    /// <summary>The contract may serve the estate (or zone) only if no other contract serves it and every
    /// tenure type stays with one company (§6.3). Returns the attachment as the estate holds it (a blank zone is none).</summary>
    internal static ContractAttachment Attach(EstateState s, ContractAttachment a, IEnumerable<DwellingZoning> dwellings)
    {
        Validate.Id("contractId", a.ContractId);
        var zoneId = string.IsNullOrWhiteSpace(a.ZoneId) ? null : a.ZoneId;
        if (zoneId is not null && !s.Zones.ContainsKey(zoneId))
        {
            throw new ValidationException("zoneId", $"Zone '{zoneId}' is not defined in this estate.");
        }

        if (zoneId is null && s.Zones.Count > 0)
        {
            throw new ValidationException("zoneId", "This estate is divided into zones: each zone is served by its own contract.");
        }

        if (s.Contracts.Values.FirstOrDefault(c => c.ZoneId == zoneId && c.ContractId != a.ContractId) is { } other)
        {
            throw new ConflictException($"{(zoneId is null ? "The estate" : $"Zone '{zoneId}'")} is already served by contract '{other.ContractId}'.");
        }

        var companyByZone = s.Contracts.Values.Where(c => c.ContractId != a.ContractId).Append(a)
            .ToDictionary(c => c.ZoneId ?? "", c => c.CompanyCode, StringComparer.Ordinal);
        var violations = ZoneRules.TenureViolations(companyByZone, dwellings.Where(d => companyByZone.ContainsKey(d.ZoneId)));
        if (violations.Count > 0)
        {
            throw new ConflictException("Dwellings of one property-rights type must be served by one company: " +
                string.Join("; ", violations.Select(v => $"{v.Tenure} by {string.Join(" and ", v.Companies)}")));
        }

        return a with { ZoneId = zoneId };
    }

    /// <summary>Whether a structural fact is new (add it); an identical repeat is harmless (false), a different fact
    /// under the same id a conflict.</summary>
    public static bool IsNew<T>(IReadOnlyDictionary<string, T> facts, string id, T fact, string estateId, string kind)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (!facts.TryGetValue(id, out var held))
        {
            return true;
        }

        return Equals(held, fact) ? false : throw new ConflictException($"Estate '{estateId}' already has {kind} '{id}' with other details.");
    }
}
