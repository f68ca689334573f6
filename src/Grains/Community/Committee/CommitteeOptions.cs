namespace Anju.Community;

/// <summary>The consultation committee's rules (configuration section "Committee"); see docs/community.md. The policy
/// (§4.6) leaves the rules to the committee, so these are defaults an estate's rules may change.</summary>
public sealed class CommitteeOptions
{
    /// <summary>A meeting is quorate when more than this share of the members in term attend (default 0.5: more than half).</summary>
    public double QuorumShare { get; set; } = 0.5;

    /// <summary>A motion is carried when more than this share of the attending members vote for it (default 0.5: a
    /// majority of those present; an abstention or no vote counts as not for).</summary>
    public double PassShare { get; set; } = 0.5;

    /// <summary>The most members a committee seats over its life (default 100).</summary>
    public int MaxMembers { get; set; } = 100;

    /// <summary>Why these options cannot be used, or null when they can.</summary>
    public string? Problem() =>
        QuorumShare is < 0 or >= 1 || double.IsNaN(QuorumShare) ? "Committee:QuorumShare must be at least 0 and below 1."
        : PassShare is < 0 or >= 1 || double.IsNaN(PassShare) ? "Committee:PassShare must be at least 0 and below 1."
        : MaxMembers is < 1 or > 10_000 ? "Committee:MaxMembers must be between 1 and 10,000."
        : null;
}
