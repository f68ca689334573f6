using System.Globalization;
using Anju.Common;
using Anju.Community;
using Anju.Errors;

namespace Anju.Silo.Api;

/// <summary>An information-collection task: what, which of the grid's dwellings, due when (yyyy-MM-dd).</summary>
public sealed record InfoTaskRequest(string? What, IReadOnlyList<string?>? DwellingIds, string? DueOn, string? CommandId);

/// <summary>One dwelling of a task done.</summary>
public sealed record TaskVisitRequest(string? DwellingId, string? Note);

/// <summary>A party of a mediation.</summary>
public sealed record MediationPartyRequest(string? Name, string? Phone, string? DwellingId);

/// <summary>A mediation to open.</summary>
public sealed record MediationRequest(IReadOnlyList<MediationPartyRequest?>? Parties, string? Issue, string? CommandId);

/// <summary>A referral to legal aid (法律援助).</summary>
public sealed record LegalAidRequest(string? Centre, string? ReferredOn, string? Reference);

/// <summary>A mediation's outcome: Settled, NotSettled or ReferredToLegalAid (with legalAid).</summary>
public sealed record MediationOutcomeRequest(string? Outcome, string? Note, LegalAidRequest? LegalAid);

/// <summary>Turns grid-work and community requests into commands, naming the field at fault.</summary>
public static class GridWorkRequests
{
    public static NewInfoTask Task(InfoTaskRequest? body)
    {
        var b = EstateEndpoints.Body(body);
        var ids = b.DwellingIds ?? throw new ValidationException("dwellingIds", "dwellingIds is required.");
        return new NewInfoTask(Validate.Text("what", b.What, 500), [.. ids.Select((d, i) => Validate.Id($"dwellingIds[{i}]", d))], Day("dueOn", b.DueOn))
        {
            CommandId = Validate.CommandId("commandId", b.CommandId),
        };
    }

    public static NewMediation Mediation(MediationRequest? body)
    {
        var b = EstateEndpoints.Body(body);
        var parties = Parse.Items("parties", b.Parties).Select(p => new MediationParty(p.Name ?? "", p.Phone, p.DwellingId)).ToList();
        return new NewMediation(parties, b.Issue ?? "") { CommandId = Validate.CommandId("commandId", b.CommandId) };
    }

    public static MediationResult Outcome(MediationOutcomeRequest? body)
    {
        var b = EstateEndpoints.Body(body);
        var aid = b.LegalAid is { } r ? new LegalAidReferral(r.Centre ?? "", Day("legalAid.referredOn", r.ReferredOn), r.Reference) : null;
        return new MediationResult(Parse.Enum<MediationOutcome>("outcome", b.Outcome), b.Note, aid);
    }

    /// <summary>A required day written yyyy-MM-dd, between 2000 and 2100.</summary>
    public static DateOnly Day(string field, string? value) =>
        Validate.Day(field, OptionalDay(field, value) ?? throw new ValidationException(field, $"{field} is required (yyyy-MM-dd)."));

    /// <summary>An optional day written yyyy-MM-dd, between 2000 and 2100.</summary>
    public static DateOnly? OptionalDay(string field, string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? Validate.Day(field, day)
        : throw new ValidationException(field, $"{field} must be a date (yyyy-MM-dd).");

    /// <summary>A time of day written HH:mm.</summary>
    public static TimeOnly Time(string field, string? value) =>
        TimeOnly.TryParseExact(value?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time
        : throw new ValidationException(field, $"{field} must be a time of day (HH:mm).");
}
