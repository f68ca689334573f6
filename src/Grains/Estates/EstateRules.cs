
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
}
