using Anju.Common;

namespace Anju.Community;

/// <summary>Mediation records (人民調解, §4.3; 法律援助, §5.2): who may be a party, and the outcomes a record moves
/// through: open → settled | not settled | referred to legal aid; not settled → referred. Pure.</summary>
internal static class MediationRules
{
    public const int MaxParties = 20;

    public const int MaxIssue = 1000;

    public const int MaxNote = 1000;

    /// <summary>The record as it will be stored: at least two parties, each named; the issue said.</summary>
    public static Mediation Open(NewMediation mediation, string mediationId, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(mediation);
        if (mediation.Parties is null || mediation.Parties.Count is < 2 or > MaxParties)
        {
            throw new ValidationException("parties", $"A mediation has 2 to {MaxParties} parties.");
        }

        var parties = mediation.Parties.Select((p, i) => p is null
            ? throw new ValidationException($"parties[{i}]", $"parties[{i}] must be a party.")
            : new MediationParty(
                Validate.Text($"parties[{i}].name", p.Name, 50),
                string.IsNullOrWhiteSpace(p.Phone) ? null : Validate.Text($"parties[{i}].phone", p.Phone, 20),
                string.IsNullOrWhiteSpace(p.DwellingId) ? null : Validate.Id($"parties[{i}].dwellingId", p.DwellingId.Trim()))).ToList();
        var issue = Validate.Text("issue", mediation.Issue, MaxIssue);
        return new Mediation(mediationId, parties, issue, MediationOutcome.Open, actor, at, [new MediationStep(MediationOutcome.Open, actor, at, null)]);
    }

    /// <summary>The record with the outcome; null when it already has exactly this outcome (a repeat).</summary>
    public static Mediation? Decide(Mediation current, MediationResult result, string actor, DateTimeOffset at, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(result);
        var note = string.IsNullOrWhiteSpace(result.Note) ? null : Validate.Text("note", result.Note, MaxNote);
        var referral = Referral(result, today);
        if (current.Outcome == result.Outcome)
        {
            return current.Steps[^1].Note == note && current.LegalAid == referral ? null
                : throw new ConflictException($"Mediation {current.MediationId} is already {current.Outcome}, with another note or referral.");
        }

        if (!Allowed(current.Outcome, result.Outcome))
        {
            throw new ConflictException($"Mediation {current.MediationId} is {current.Outcome}: it cannot become {result.Outcome}.");
        }

        return current with
        {
            Outcome = result.Outcome,
            LegalAid = referral,
            ClosedAt = current.ClosedAt ?? at,
            Steps = [.. current.Steps, new MediationStep(result.Outcome, actor, at, note)],
        };
    }

    /// <summary>Whether a record may move from one outcome to another.</summary>
    public static bool Allowed(MediationOutcome from, MediationOutcome to) => (from, to) switch
    {
        (MediationOutcome.Open, MediationOutcome.Settled or MediationOutcome.NotSettled or MediationOutcome.ReferredToLegalAid) => true,
        (MediationOutcome.NotSettled, MediationOutcome.ReferredToLegalAid) => true,
        _ => false,
    };

    /// <summary>The mediation's number as its id: <c>MD-001</c>.</summary>
    public static string Id(int number) => $"MD-{number:000}";

    private static LegalAidReferral? Referral(MediationResult result, DateOnly today)
    {
        if (result.Outcome == MediationOutcome.Open)
        {
            throw new ValidationException("outcome", "outcome must be Settled, NotSettled or ReferredToLegalAid.");
        }

        if (result.Outcome != MediationOutcome.ReferredToLegalAid)
        {
            return result.LegalAid is null ? null
                : throw new ValidationException("legalAid", "legalAid is recorded only with the outcome ReferredToLegalAid.");
        }

        var r = result.LegalAid ?? throw new ValidationException("legalAid", "A referral to legal aid names the centre and the day (legalAid).");
        var day = Validate.Day("legalAid.referredOn", r.ReferredOn);
        return day > today
            ? throw new ValidationException("legalAid.referredOn", "legalAid.referredOn must not be in the future.")
            : new LegalAidReferral(Validate.Text("legalAid.centre", r.Centre, 100), day,
                string.IsNullOrWhiteSpace(r.Reference) ? null : Validate.Text("legalAid.reference", r.Reference, 64));
    }
}
