using System.Text.RegularExpressions;
using Anju.Common;

namespace Anju.Grids;

/// <summary>Grid management rules (網格化管理, §4.3): grid size and grid staff.</summary>
internal static partial class GridRules
{
    /// <summary>Longest staff name kept.</summary>
    public const int MaxNameLength = 50;

    /// <summary>A warning when <paramref name="households"/> exceeds <see cref="GridOptions.WarnAboveHouseholds"/>, otherwise null.</summary>
    public static GridSizeWarning? SizeWarning(int households, GridOptions options)
    {
        if (households < 0)
        {
            throw new ValidationException("households", "households cannot be negative.");
        }

        return households > options.WarnAboveHouseholds ? new GridSizeWarning(households, options.WarnAboveHouseholds) : null;
    }

    /// <summary>Validates a staff member: a name, a known role, and a phone number of 7–15 digits that may
    /// start with + (international form, e.g. <c>+8613800138000</c>; no spaces or dashes). Text is trimmed.</summary>
    public static GridStaff ValidateStaff(GridStaff staff)
    {
        if (staff is null)
        {
            throw new ValidationException("body", "A staff member is required.");
        }

        var name = Validate.Text("name", staff.Name, MaxNameLength);
        if (!Enum.IsDefined(staff.Role))
        {
            throw new ValidationException("role", $"role must be one of {string.Join(", ", Enum.GetNames<GridStaffRole>())}.");
        }

        var phone = staff.Phone?.Trim() ?? "";
        return PhonePattern().IsMatch(phone)
            ? staff with { Name = name, Phone = phone }
            : throw new ValidationException("phone", "phone must be 7–15 digits, optionally starting with +.");
    }

    /// <summary>The roles §4.3 names for every grid (property staff, street assistant, residents'-committee
    /// staff) that <paramref name="staff"/> does not yet cover, in enum order.</summary>
    public static IReadOnlyList<GridStaffRole> MissingRoles(IEnumerable<GridStaff> staff)
    {
        var covered = staff.Select(s => s.Role).ToHashSet();
        return [.. Enum.GetValues<GridStaffRole>().Where(r => !covered.Contains(r))];
    }

    /// <summary>Whether <paramref name="command"/> repeats the grid's creation (true: nothing to do) rather than creating
    /// it (false). A grid that exists in another estate or zone refuses it; its name is not compared.</summary>
    public static bool IsRepeat(GridState s, CreateGrid command)
    {
        if (!s.Exists)
        {
            return false;
        }

        return (s.EstateId, s.GridId, s.ZoneId) == (command.EstateId, command.GridId, command.ZoneId)
            ? true
            : throw new ConflictException($"Grid '{command.GridId}' already exists with other details.");
    }

    /// <summary>The grid as its staff see it: its figures, its staff, the §4.3 roles still missing and a size warning.</summary>
    public static GridStatus Status(GridState s, GridSummary summary, GridOptions options) =>
        new(s.EstateId, s.GridId, s.Name, summary, [.. s.Staff], MissingRoles(s.Staff), SizeWarning(summary.Occupancy.Dwellings, options));

    [GeneratedRegex(@"^\+?[0-9]{7,15}$")]
    private static partial Regex PhonePattern();
}
