namespace Anju.Allocation;

/// <summary>Public lists (公示), pure: publishing freezes the ranking for the period (one list at a time), and objections
/// are recorded against the current list, once each.</summary>
public static class PublicLists
{
    /// <summary>The list to publish after <paramref name="current"/>: refused while its period runs or when nobody waits.</summary>
    public static PublicList Publish(PublicList? current, IReadOnlyList<Application> ranked, DateTimeOffset now, TimeSpan period, string actor)
    {
        if (current is not null && now < current.EndsAt)
        {
            throw new ConflictException($"Public list {current.Number} is public until {current.EndsAt:yyyy-MM-dd HH:mm} UTC; publish again after it.");
        }

        return ranked.Count == 0
            ? throw new ConflictException("No eligible application waits: there is nothing to publish.")
            : new PublicList((current?.Number ?? 0) + 1, now, now + period, actor,
                [.. ranked.Select((a, i) => new PublicListEntry(i + 1, a.Form.ApplicationId, a.Form.HouseholdSize, a.Points, a.Form.AppliedOn))], []);
    }

    /// <summary>The list with the objection added; the same list (the same instance) when it repeats one already recorded.</summary>
    public static PublicList Object(PublicList list, string? applicationId, string text, string? objectionId, string actor, DateTimeOffset now)
    {
        if (applicationId is not null && list.Entries.All(e => e.ApplicationId != applicationId))
        {
            throw new ValidationException("applicationId", $"Application {applicationId} is not on public list {list.Number}.");
        }

        if (objectionId is null && list.Objections.FirstOrDefault(o => o.ApplicationId == applicationId && o.Text == text) is not null)
        {
            return list;
        }

        var id = objectionId ?? $"OB-{list.Number}-{list.Objections.Count + 1}";
        if (list.Objections.FirstOrDefault(o => o.ObjectionId == id) is { } seen)
        {
            return seen.ApplicationId == applicationId && seen.Text == text ? list
                : throw new ConflictException($"Objection {id} was already recorded with other content.");
        }

        return list with { Objections = [.. list.Objections, new Objection(id, applicationId, text, actor, now)] };
    }
}
