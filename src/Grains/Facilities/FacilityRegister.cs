using Anju.Common;
using Anju.Estates;

namespace Anju.Facilities;

/// <summary>Register entries checked against the estate's structure, and taken into the register.</summary>
internal static class FacilityRegister
{
    /// <summary>Every entry checked before any is stored: ids, type, name, and the building, zone and grid named must
    /// be the estate's own. A facility in a building takes the building's grid when none is given.</summary>
    public static IReadOnlyList<Facility> Valid(IReadOnlyList<Facility> facilities, EstateStructure structure)
    {
        ArgumentNullException.ThrowIfNull(facilities);
        ArgumentNullException.ThrowIfNull(structure);
        if (facilities.Count == 0)
        {
            throw new ValidationException("facilities", "At least one facility is required.");
        }

        var valid = facilities.Select((f, i) => Valid(f, structure, $"facilities[{i}]")).ToList();
        var twice = valid.GroupBy(f => f.FacilityId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return twice is null ? valid : throw new ValidationException("facilityId", $"Facility '{twice.Key}' appears twice.");
    }

    public static Facility Valid(Facility f, EstateStructure structure, string at = "facility")
    {
        ArgumentNullException.ThrowIfNull(f);
        ArgumentNullException.ThrowIfNull(structure);
        var id = Validate.Id($"{at}.facilityId", f.FacilityId);
        if (!Enum.IsDefined(f.Type))
        {
            throw new ValidationException($"{at}.type", $"type must be one of {string.Join(", ", Enum.GetNames<FacilityType>())}.");
        }

        var building = f.BuildingId is null ? null
            : structure.Buildings.FirstOrDefault(b => b.BuildingId == f.BuildingId) ?? throw Unknown($"{at}.buildingId", "Building", f.BuildingId);
        if (f.ZoneId is not null && structure.Zones.All(z => z.ZoneId != f.ZoneId))
        {
            throw Unknown($"{at}.zoneId", "Zone", f.ZoneId);
        }

        if (f.GridId is not null && structure.Grids.All(g => g.GridId != f.GridId))
        {
            throw Unknown($"{at}.gridId", "Grid", f.GridId);
        }

        return f with
        {
            FacilityId = id,
            Name = Validate.Text($"{at}.name", f.Name, 100),
            GridId = f.GridId ?? building?.GridId,
            DeviceId = f.DeviceId is null ? null : Validate.Text($"{at}.deviceId", f.DeviceId, 64),
            Location = string.IsNullOrWhiteSpace(f.Location) ? null : Validate.Text($"{at}.location", f.Location, 200),
            ManagingUnit = string.IsNullOrWhiteSpace(f.ManagingUnit) ? null : Validate.Text($"{at}.managingUnit", f.ManagingUnit, 100),
        };
    }

    /// <summary>Adds or updates entries; returns how many were new or changed. A new facility's first preventive order
    /// falls due one period after registration.</summary>
    public static int Apply(EstateFacilitiesState state, IReadOnlyList<Facility> valid, Func<FacilityType, TimeSpan?> every, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(valid);
        var changed = 0;
        foreach (var f in valid)
        {
            if (state.Register.TryGetValue(f.FacilityId, out var held))
            {
                if (held.Facility == f)
                {
                    continue;
                }

                var keepsSchedule = held.Facility.Type == f.Type;
                state.Register[f.FacilityId] = held with { Facility = f, NextDue = keepsSchedule ? held.NextDue : now + every(f.Type) };
            }
            else
            {
                state.Register[f.FacilityId] = new FacilityEntry(f, FacilityStatus.InService, now, now) { NextDue = now + every(f.Type) };
            }

            changed++;
        }

        return changed;
    }

    /// <summary>The facility a device event names: by facility id, else by its controller's device id.</summary>
    public static FacilityEntry? Find(EstateFacilitiesState state, string? subject, string? device)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (subject is not null && state.Register.TryGetValue(subject, out var byId))
        {
            return byId;
        }

        return state.Register.Values.FirstOrDefault(e => e.Facility.DeviceId is { } d && (d == subject || d == device));
    }

    private static ValidationException Unknown(string field, string what, string id) => new(field, $"{what} '{id}' is not defined in this estate.");

    /// <summary>The registered facility, or <see cref="NotFoundException"/>.</summary>
    public static FacilityEntry Entry(EstateFacilitiesState state, string? facilityId) =>
        state.Register.GetValueOrDefault(facilityId ?? "") ?? throw new NotFoundException("facility", facilityId ?? "");

    /// <summary>Takes a facility off the register; one with open orders stays (<see cref="ConflictException"/>).</summary>
    public static void Remove(EstateFacilitiesState state, string? facilityId)
    {
        var entry = Entry(state, facilityId);
        if (state.Orders.Values.Any(o => o.IsOpen && o.FacilityId == entry.Facility.FacilityId))
        {
            throw new ConflictException($"Facility '{entry.Facility.FacilityId}' has open work orders; close or cancel them first.");
        }

        state.Register.Remove(entry.Facility.FacilityId);
    }
}
