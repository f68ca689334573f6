using System.Security.Cryptography;
using Anju.Casework;
using Anju.Common;
using Anju.Errors;
using Anju.Residency;

namespace Anju.Silo.Api;

/// <summary>An agency service contract: who, which estates, for how long, and optionally its KPI targets.</summary>
public sealed record AgencyContractRequest(string? ContractId, string? AgencyName, IReadOnlyList<string?>? EstateIds, TermRequest? Term, TargetsRequest? Targets = null);

/// <summary>KPI targets of an agency contract; each one left out takes its default.</summary>
public sealed record TargetsRequest(double? OnTimeShare, double? PaidShare, double? IntakeDays);

/// <summary>Signing off a month's assessment {month, note?}.</summary>
public sealed record SignAssessmentRequest(string? Month, string? Note);

/// <summary>A new inspection round; <c>roundId</c> is the client's key (one is made when absent).</summary>
public sealed record OpenRoundRequest(string? RoundId, string? Title, IReadOnlyList<string?>? DwellingIds, DateOnly? DueOn);

/// <summary>One visit of a round: the dwelling and what was found.</summary>
public sealed record VisitRequest(string? DwellingId, string? Finding, string? Note);

/// <summary>A chase record; <c>chaseId</c> is the client's key (one is made when absent).</summary>
public sealed record ChaseRequest(string? ChaseId, string? DwellingId, string? Outcome, DateOnly? PromisedBy, string? Note);

/// <summary>Annual-review papers received; <c>intakeId</c> is the client's key (one is made when absent).</summary>
public sealed record IntakeRequest(string? IntakeId, string? DwellingId, DateOnly? ReceivedOn, bool? Complete, string? Note);

/// <summary>An intake's next step: Complete, Passed or Failed (with a reason).</summary>
public sealed record IntakeStepRequest(string? To, string? Reason);

/// <summary>Closing a paperwork item, with an optional note.</summary>
public sealed record CloseRequest(string? Note);

/// <summary>Turns casework requests into commands, naming the field at fault.</summary>
public static class AgencyRequests
{
    public static OpenRound Round(OpenRoundRequest? body, string actor)
    {
        var b = EstateEndpoints.Body(body);
        return new OpenRound(KeyOr("roundId", b.RoundId, "RD"), Validate.Text("title", b.Title, 200),
            [.. Parse.Items("dwellingIds", b.DwellingIds ?? throw new ValidationException("dwellingIds", "dwellingIds is required."))],
            Parse.Required("dueOn", b.DueOn), actor);
    }

    public static RecordVisit Visit(string roundId, VisitRequest? body, string actor)
    {
        var b = EstateEndpoints.Body(body);
        return new RecordVisit(Validate.Id("roundId", roundId), Validate.Id("dwellingId", b.DwellingId), Parse.Enum<InspectionFinding>("finding", b.Finding),
            Text("note", b.Note, 1000), actor);
    }

    public static RecordChase Chase(ChaseRequest? body, string actor)
    {
        var b = EstateEndpoints.Body(body);
        return new RecordChase(KeyOr("chaseId", b.ChaseId, "CH"), Validate.Id("dwellingId", b.DwellingId), Parse.Enum<ChaseOutcome>("outcome", b.Outcome),
            b.PromisedBy, Text("note", b.Note, 500), actor);
    }

    public static ReceiveIntake Intake(IntakeRequest? body, string actor)
    {
        var b = EstateEndpoints.Body(body);
        return new ReceiveIntake(KeyOr("intakeId", b.IntakeId, "IT"), Validate.Id("dwellingId", b.DwellingId), Parse.Required("receivedOn", b.ReceivedOn),
            Parse.Required("complete", b.Complete), Text("note", b.Note, 500), actor);
    }

    public static StepIntake Step(string intakeId, IntakeStepRequest? body, string actor)
    {
        var b = EstateEndpoints.Body(body);
        var to = Parse.Enum<IntakeStatus>("to", b.To);
        return to == IntakeStatus.Incomplete
            ? throw new ValidationException("to", "to must be Complete, Passed or Failed.")
            : new StepIntake(Validate.Id("intakeId", intakeId), to, Text("reason", b.Reason, 500), actor);
    }

    /// <summary>Optional text: null when absent or blank, else at most <paramref name="max"/> characters.</summary>
    public static string? Text(string field, string? value, int max) => string.IsNullOrWhiteSpace(value) ? null : Validate.Text(field, value, max);

    /// <summary>The client's key when given (an id), else a new one: <c>CH-20261207-K3Q9ZP</c>.</summary>
    private static string KeyOr(string field, string? given, string prefix) =>
        given is null
            ? $"{prefix}-{DateTime.UtcNow:yyyyMMdd}-{RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 6)}"
            : Validate.Id(field, given);
}
