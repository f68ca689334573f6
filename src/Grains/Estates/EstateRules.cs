
namespace Anju.Estates;

/// <summary>Pure checks on estate commands.</summary>
public static class EstateRules
{
    /// <summary>Validates a registration and returns the profile it describes.</summary>
    public static EstateProfile Validate(string estateId, RegisterEstate command, DateTimeOffset now)
    {
        if (command is null)
        {
            throw new ValidationException("body", "A registration is required.");
        }

        Common.Validate.Id("estateId", estateId);
        var name = Common.Validate.Text("name", command.Name);
        if (!DistrictCodes.IsKnown(command.District))
        {
            throw new ValidationException("district", $"district must be one of {string.Join(", ", DistrictCodes.All.Keys)}.");
        }

        var street = Common.Validate.Text("street", command.Street);
        var area = Common.Validate.Positive("floorArea", command.FloorArea);
        return new EstateProfile(estateId, name, command.District, street, area, now);
    }

    /// <summary>Two registrations describe the same estate (the time of registering and the location, which has its own
    /// command, aside).</summary>
    public static bool SameProfile(EstateProfile a, EstateProfile b) =>
        a with { RegisteredAt = default, Location = null } == b with { RegisteredAt = default, Location = null };

    /// <summary>Whether a registration is new (store it); a repeat of the registered profile is harmless (false), a
    /// different profile under the same id a conflict.</summary>
    public static bool IsNew(EstateProfile? held, EstateProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        if (held is null)
        {
            return true;
        }

        return SameProfile(held, profile) ? false : throw new ConflictException($"Estate '{profile.EstateId}' is already registered with a different profile.");
    }

    /// <summary>The estate's profile; an estate never registered is not found.</summary>
    public static EstateProfile Registered(EstateProfile? profile, string estateId) => profile ?? throw new NotFoundException("estate", estateId);

    /// <summary>The registered profile moved to <paramref name="at"/> (already validated), or null when it is there already.</summary>
    public static EstateProfile? Relocated(EstateProfile? profile, string estateId, GeoPoint at)
    {
        var held = Registered(profile, estateId);
        return held.Location == at ? null : held with { Location = at };
    }
}
