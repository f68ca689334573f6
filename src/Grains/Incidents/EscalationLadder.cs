
namespace Anju.Incidents;

/// <summary>The ladder grid → estate/community → street → district (§4.3): one rung at a time, never past the top.</summary>
internal static class EscalationLadder
{
    public const EscalationLevel Top = EscalationLevel.District;

    /// <summary>The next level up; a <see cref="ConflictException"/> at the top.</summary>
    public static EscalationLevel Up(EscalationLevel level) =>
        level < Top ? level + 1 : throw new ConflictException("The case is already at the district, the top of the ladder.");

    /// <summary>The next level down; a <see cref="ConflictException"/> at the grid.</summary>
    public static EscalationLevel Down(EscalationLevel level) =>
        level > EscalationLevel.Grid ? level - 1 : throw new ConflictException("The case is already at the grid, the bottom of the ladder.");

    /// <summary>The level a supervisor answers for.</summary>
    public static EscalationLevel LevelOf(ApproverRole role) => role switch
    {
        ApproverRole.GridLeader => EscalationLevel.Grid,
        ApproverRole.EstateSupervisor => EscalationLevel.Estate,
        ApproverRole.StreetSupervisor => EscalationLevel.Street,
        _ => EscalationLevel.District,
    };

    /// <summary>A supervisor may approve for a case at their level or below.</summary>
    public static bool MayApprove(ApproverRole role, EscalationLevel caseLevel) => LevelOf(role) >= caseLevel;
}
