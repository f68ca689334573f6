namespace Anju.Allocation;

/// <summary>A waiting list (輪候冊) of one tenure type in one district (key <see cref="Keys.Waitlist"/>), allocated
/// openly, fairly and justly (公開、公平、公正, §3.1): applications with eligibility decided by a person against the
/// configured criteria, a ranking by a pure rule (<c>AllocationRanking</c>), a public list frozen for its period, and
/// allocation from that list only in rank order unless an exception approved by a second person is used. Every command
/// is acknowledged once stored; a repeat answers the same and changes nothing; other content under the same key is 409.</summary>
[Alias("Anju.Allocation.IWaitlistGrain")]
public interface IWaitlistGrain : IGrainWithStringKey
{
    /// <summary>Receives an application (its id is the natural key).</summary>
    Task<Application> ApplyAsync(ApplicationForm form, string actor);

    /// <summary>Decides an application: <see cref="ApplicationStatus.Eligible"/> (refused while a check fails),
    /// <see cref="ApplicationStatus.Ineligible"/> or <see cref="ApplicationStatus.Withdrawn"/>, with a reason.</summary>
    Task<Application> DecideAsync(string applicationId, ApplicationStatus decision, string reason, string actor);

    /// <summary>Publishes the ranking as a public list for the configured period; refused while another list's period runs.</summary>
    Task<PublicList> PublishAsync(string actor, string? commandId);

    /// <summary>Records an objection to the current public list.</summary>
    Task<PublicList> ObjectAsync(string? applicationId, string text, string actor, string? commandId);

    /// <summary>Approves an exception to the rank order for one application; the approver is <paramref name="actor"/>.</summary>
    Task<AllocationException> ApproveExceptionAsync(string applicationId, string reason, string actor);

    /// <summary>Allocates a dwelling to an application from the current public list once its period has ended: the next
    /// application in rank order, or another with an exception approved by someone else. Performs the dwelling's allocate
    /// step and records the household.</summary>
    Task<AllocationRecord> AllocateAsync(AllocateDwelling command);

    /// <summary>The list as it stands.</summary>
    [ReadOnly]
    Task<WaitlistView> GetAsync();

    /// <summary>True when the application is on this list (the edge's 404 without a grain per unknown id).</summary>
    [ReadOnly]
    Task<bool> HasApplicationAsync(string applicationId);
}
