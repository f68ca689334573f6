
namespace Anju.Residency;

/// <summary>Checks on usage inspections (巡查, §3.1–3.2).</summary>
internal static class InspectionRules
{
    /// <summary>Longest note kept with an inspection.</summary>
    public const int MaxNoteLength = 1000;

    /// <summary>Validates <paramref name="inspection"/> as of <paramref name="now"/>: not in the future,
    /// an inspector, a known finding, and a note when the finding is <see cref="InspectionFinding.Other"/>
    /// (otherwise the record would say nothing). The note is trimmed; an empty one becomes null.</summary>
    public static UsageInspection Validate(UsageInspection inspection, DateTimeOffset now)
    {
        if (inspection is null)
        {
            throw new ValidationException("body", "An inspection is required.");
        }

        Common.Validate.Instant("at", inspection.At);
        if (inspection.At > now)
        {
            throw new ValidationException("at", "An inspection cannot be recorded before it happens.");
        }

        var inspector = Common.Validate.Text("inspector", inspection.Inspector);
        if (!Enum.IsDefined(inspection.Finding))
        {
            throw new ValidationException("finding", $"finding must be one of {string.Join(", ", Enum.GetNames<InspectionFinding>())}.");
        }

        var note = string.IsNullOrWhiteSpace(inspection.Note) ? null : Common.Validate.Text("note", inspection.Note, MaxNoteLength);
        if (inspection.Finding == InspectionFinding.Other && note is null)
        {
            throw new ValidationException("note", "A finding of Other needs a note saying what was found.");
        }

        return inspection with { Inspector = inspector, Note = note };
    }

    /// <summary>Any finding other than <see cref="InspectionFinding.NoIssue"/> is an issue to follow up.</summary>
    public static bool IsIssue(InspectionFinding finding) => finding != InspectionFinding.NoIssue;

    /// <summary>Whether <paramref name="inspection"/> found an issue.</summary>
    public static bool IsIssue(UsageInspection inspection) => IsIssue(inspection.Finding);
}
