using Anju.Common;

namespace Anju.Community;

/// <summary>Information-collection tasks (信息採集): what a task may ask and how a dwelling's visit is recorded. Pure.</summary>
internal static class TaskRules
{
    public const int MaxWhat = 500;

    public const int MaxNote = 500;

    /// <summary>The task as it will be stored; every dwelling must be the grid's, listed once.</summary>
    public static InfoTask Open(NewInfoTask task, string taskId, ISet<string> gridDwellings, int maxDwellings, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(task);
        var what = Validate.Text("what", task.What, MaxWhat);
        var due = Validate.Day("dueOn", task.DueOn);
        if (task.DwellingIds is null || task.DwellingIds.Count == 0 || task.DwellingIds.Count > maxDwellings)
        {
            throw new ValidationException("dwellingIds", $"dwellingIds must name 1 to {maxDwellings} dwellings.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < task.DwellingIds.Count; i++)
        {
            var id = Validate.Id($"dwellingIds[{i}]", task.DwellingIds[i]);
            if (!gridDwellings.Contains(id))
            {
                throw new ValidationException($"dwellingIds[{i}]", $"Dwelling {id} is not in this grid.");
            }

            if (!seen.Add(id))
            {
                throw new ValidationException($"dwellingIds[{i}]", $"Dwelling {id} is listed twice.");
            }
        }

        return new InfoTask(taskId, what, [.. task.DwellingIds], due, actor, at, []);
    }

    /// <summary>The task with the dwelling done; the same visit again returns the task unchanged (null: nothing to store),
    /// another note for a dwelling already done is a conflict.</summary>
    public static InfoTask? Visit(InfoTask task, string dwellingId, string? note, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(task);
        var id = Validate.Id("dwellingId", dwellingId);
        var text = string.IsNullOrWhiteSpace(note) ? null : Validate.Text("note", note, MaxNote);
        if (!task.DwellingIds.Contains(id, StringComparer.Ordinal))
        {
            throw new ValidationException("dwellingId", $"Dwelling {id} is not part of task {task.TaskId}.");
        }

        if (task.Done.FirstOrDefault(v => v.DwellingId == id) is { } done)
        {
            return done.Note == text ? null
                : throw new ConflictException($"Dwelling {id} of task {task.TaskId} was already recorded by {done.Actor} at {done.At:u}.");
        }

        return task with { Done = [.. task.Done, new TaskVisit(id, actor, at, text)] };
    }

    /// <summary>The task's number as its id: <c>IT-001</c>.</summary>
    public static string Id(int number) => $"IT-{number:000}";
}
