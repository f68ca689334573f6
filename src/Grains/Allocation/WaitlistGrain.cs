using Anju.Common;
using Anju.Dwellings;
using Anju.Estates;
using Microsoft.Extensions.Options;

namespace Anju.Allocation;

/// <summary>A waiting list of one tenure type in one district (<see cref="IWaitlistGrain"/>). Orchestration only: the checks
/// are <see cref="EligibilityRules"/>, the order <see cref="AllocationRanking"/> and <see cref="AllocationOrder"/>.</summary>
internal sealed class WaitlistGrain(
    [PersistentState("waitlist", StorageNames.Main)] IPersistentState<WaitlistState> state,
    TimeProvider clock,
    IOptions<AllocationOptions> options) : Grain, IWaitlistGrain
{
    private WaitlistState S => state.State;

    private AllocationOptions O => options.Value;

    private (string District, TenureType Tenure) Id => WaitlistViews.IdOf(this.GetPrimaryKeyString());

    private PublicList? Current => S.Lists.Count > 0 ? S.Lists[^1] : null;

    public async Task<Application> ApplyAsync(ApplicationForm form, string actor)
    {
        var checkedForm = ApplicationChecks.Form(form);
        if (Find(checkedForm.ApplicationId) is { } known)
        {
            return known.Form.Equals(checkedForm) ? known
                : throw new ConflictException($"Application {checkedForm.ApplicationId} was already received with other content.");
        }

        var application = new Application(checkedForm, ApplicationStatus.Received, EligibilityRules.Failures(checkedForm, O.For(Id.Tenure)),
            EligibilityRules.Points(checkedForm, O), [new ApplicationStep(ApplicationStatus.Received, actor, clock.GetUtcNow(), "received")]);
        S.Applications.Add(application);
        await SaveAsync();
        return application;
    }

    public async Task<Application> DecideAsync(string applicationId, ApplicationStatus decision, string reason, string actor)
    {
        var why = ApplicationChecks.Reason("reason", reason);
        if (decision is not (ApplicationStatus.Eligible or ApplicationStatus.Ineligible or ApplicationStatus.Withdrawn))
        {
            throw new ValidationException("decision", "decision must be Eligible, Ineligible or Withdrawn.");
        }

        var application = Find(applicationId) ?? throw new NotFoundException("application", applicationId);
        if (application.Status == decision && application.Steps[^1].Reason == why)
        {
            return application;
        }

        if (application.Status is ApplicationStatus.Allocated or ApplicationStatus.Withdrawn)
        {
            throw new ConflictException($"Application {applicationId} is {application.Status}; its eligibility no longer changes.");
        }

        if (decision == ApplicationStatus.Eligible && application.Failures.Count > 0)
        {
            throw new ConflictException($"Application {applicationId} fails the criteria: {string.Join("; ", application.Failures)}.");
        }

        return await ReplaceAsync(application with
        {
            Status = decision,
            Steps = [.. application.Steps, new ApplicationStep(decision, actor, clock.GetUtcNow(), why)],
        });
    }

    public async Task<PublicList> PublishAsync(string actor, string? commandId)
    {
        var id = Validate.CommandId("commandId", commandId);
        if (id is not null && S.Lists.Find(l => l.CommandId == id) is { } repeat)
        {
            return repeat;
        }

        var list = PublicLists.Publish(Current, AllocationRanking.Rank(S.Applications, O.Priorities), clock.GetUtcNow(), O.PublicPeriod, actor) with { CommandId = id };
        S.Lists.Add(list);
        await SaveAsync();
        return list;
    }

    public async Task<PublicList> ObjectAsync(string? applicationId, string text, string actor, string? commandId)
    {
        var list = Current ?? throw new ConflictException("No public list has been published.");
        var next = PublicLists.Object(list, applicationId, ApplicationChecks.Reason("text", text), Validate.CommandId("commandId", commandId), actor, clock.GetUtcNow());
        if (!ReferenceEquals(next, list))
        {
            S.Lists[^1] = next;
            await SaveAsync();
        }

        return next;
    }

    public async Task<AllocationException> ApproveExceptionAsync(string applicationId, string reason, string actor)
    {
        var why = ApplicationChecks.Reason("reason", reason);
        _ = Find(applicationId) ?? throw new NotFoundException("application", applicationId);
        var exception = AllocationExceptions.Approve(S.Exceptions, Id.District, applicationId, why, actor, clock.GetUtcNow());
        if (!S.Exceptions.Contains(exception))
        {
            S.Exceptions.Add(exception);
            await SaveAsync();
        }

        return exception;
    }

    public async Task<AllocationRecord> AllocateAsync(AllocateDwelling command)
    {
        var done = S.Allocations.Find(a => a.ApplicationId == command.ApplicationId);
        if (done is not null)
        {
            return done.EstateId == command.EstateId && done.DwellingId == command.DwellingId
                ? done.Completed ? done : await CompleteAsync(done)
                : throw new ConflictException($"Application {command.ApplicationId} was already allocated dwelling {done.EstateId}/{done.DwellingId}.");
        }

        var list = Current ?? throw new ConflictException("No public list has been published; allocation is from a public list only.");
        var apps = S.Applications.ToDictionary(a => a.Form.ApplicationId, StringComparer.Ordinal);
        var exception = S.Exceptions.Find(x => x.ApplicationId == command.ApplicationId && x.UsedBy is null);
        if (AllocationOrder.Refusal(list, apps, command.ApplicationId, exception, command.Actor, clock.GetUtcNow()) is { } refusal)
        {
            throw new ConflictException(refusal);
        }

        var dwelling = await Dwelling(command).GetAsync();
        if (dwelling.Tenure?.Type != Id.Tenure)
        {
            throw new ValidationException("dwellingId", $"Dwelling {command.DwellingId} is {dwelling.Tenure?.Type.ToString() ?? "of no tenure type"}, not {Id.Tenure}.");
        }

        var passed = AllocationOrder.PassedOver(list, apps, command.ApplicationId);
        var used = passed.Count > 0 ? exception : null;
        var record = new AllocationRecord($"AL-{Id.District}-{S.Allocations.Count + 1}", command.ApplicationId, command.EstateId, command.DwellingId,
            list.Entries.First(e => e.ApplicationId == command.ApplicationId).Rank, list.Number, command.Actor, clock.GetUtcNow(), used?.ExceptionId, passed, Completed: false);
        var application = apps[command.ApplicationId];
        S.Allocations.Add(record);
        Put(application with { Status = ApplicationStatus.Allocated, Steps = [.. application.Steps, new ApplicationStep(ApplicationStatus.Allocated, command.Actor, record.At, $"{record.AllocationId}: {record.EstateId}/{record.DwellingId}")] });
        if (used is not null)
        {
            S.Exceptions[S.Exceptions.IndexOf(used)] = used with { UsedBy = record.AllocationId };
        }

        await SaveAsync();
        return await CompleteAsync(record);
    }

    public Task<WaitlistView> GetAsync() => Task.FromResult(WaitlistViews.Of(S, Id.District, Id.Tenure, O.Priorities, clock.GetUtcNow()));

    public Task<bool> HasApplicationAsync(string applicationId) => Task.FromResult(Find(applicationId) is not null);

    /// <summary>Takes the dwelling's allocate step and records the household (both idempotent on the allocation's ids),
    /// then marks the allocation done. A dwelling that refuses (not vacant, unknown) undoes the allocation.</summary>
    private async Task<AllocationRecord> CompleteAsync(AllocationRecord record)
    {
        var dwelling = Dwelling(new AllocateDwelling(record.ApplicationId, record.EstateId, record.DwellingId, record.Actor));
        var application = Find(record.ApplicationId)!;
        try
        {
            await dwelling.ChangeOccupancyAsync(new ChangeOccupancy(OccupancyAction.Allocate, record.Actor,
                $"Allocated from the {Id.Tenure} waiting list of {Id.District} (list {record.ListNumber}, rank {record.Rank}) to {record.ApplicationId}"), record.AllocationId);
            await dwelling.SetHouseholdAsync(AllocatedHousehold.Of(application.Form), record.Actor, $"{record.AllocationId}-household");
        }
        catch (Exception e) when (e is ConflictException or NotFoundException)
        {
            S.Allocations.Remove(record);
            Put(application with { Status = ApplicationStatus.Eligible, Steps = [.. application.Steps.Where(s => s.Status != ApplicationStatus.Allocated || !s.Reason.StartsWith(record.AllocationId, StringComparison.Ordinal))] });
            if (record.ExceptionId is { } used && S.Exceptions.FindIndex(x => x.ExceptionId == used) is var at and >= 0)
            {
                S.Exceptions[at] = S.Exceptions[at] with { UsedBy = null };
            }

            await SaveAsync();
            throw;
        }

        var completed = record with { Completed = true };
        S.Allocations[S.Allocations.FindIndex(a => a.AllocationId == record.AllocationId)] = completed;
        await SaveAsync();
        return completed;
    }

    private IDwellingGrain Dwelling(AllocateDwelling c) => GrainFactory.GetGrain<IDwellingGrain>(Keys.Dwelling(c.EstateId, c.DwellingId));

    private Application? Find(string applicationId) => S.Applications.Find(a => a.Form.ApplicationId == applicationId);

    private void Put(Application application) => S.Applications[S.Applications.FindIndex(a => a.Form.ApplicationId == application.Form.ApplicationId)] = application;

    private async Task<Application> ReplaceAsync(Application application)
    {
        Put(application);
        await SaveAsync();
        return application;
    }

    private async Task SaveAsync()
    {
        S.Version++;
        await state.WriteOrReloadAsync();
    }
}
