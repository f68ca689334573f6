using Anju.Common;
using Anju.Money;

namespace Anju.Community;

/// <summary>Pure rules of residents' satisfaction (§1): a rating's bounds and month, a survey's counts, and the counts
/// of an estate from its ratings and surveys.</summary>
public static class SatisfactionRules
{
    /// <summary>Answers one survey question may count (far above any estate's residents).</summary>
    public const int MaxAnswersPerQuestion = 100_000;

    public const int MaxQuestions = 30;

    /// <summary>A rating 1 (poor) to 5 (very good).</summary>
    public static int Rating(string field, int rating) =>
        rating is >= 1 and <= 5 ? rating : throw new ValidationException(field, $"{field} must be 1 to 5.");

    /// <summary>The month (city time, UTC+<paramref name="utcOffsetHours"/>) a rating falls in.</summary>
    public static string MonthOf(DateTimeOffset at, int utcOffsetHours) =>
        MoneyChecks.MonthOf(DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(utcOffsetHours)).DateTime));

    /// <summary>A period: a year (2026), a quarter (2026-Q4) or a month (2026-12), 2000–2100.</summary>
    public static string Period(string? period)
    {
        var p = period?.Trim() ?? "";
        var ok = p.Length >= 4 && int.TryParse(p[..4], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            && year is >= Validate.FirstYear and <= Validate.LastYear
            && (p.Length == 4
                || (p.Length == 7 && p[4..6] == "-Q" && p[6] is >= '1' and <= '4')
                || (p.Length == 7 && p[4] == '-' && int.TryParse(p[5..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12));
        return ok ? p : throw new ValidationException("period", "period must be a year (2026), a quarter (2026-Q4) or a month (2026-12).");
    }

    /// <summary>A survey's questions as stored: 1–30 questions, each with text and five counts (answers 1 to 5), none
    /// negative, at least one answer in the survey.</summary>
    public static IReadOnlyList<SurveyQuestion> Questions(IReadOnlyList<SurveyQuestion?>? questions)
    {
        if (questions is null || questions.Count is 0 or > MaxQuestions)
        {
            throw new ValidationException("questions", $"questions must hold 1 to {MaxQuestions} questions.");
        }

        var result = new List<SurveyQuestion>(questions.Count);
        for (var i = 0; i < questions.Count; i++)
        {
            var field = $"questions[{i}]";
            var q = questions[i] ?? throw new ValidationException(field, $"{field} must not be null.");
            if (q.Counts is not { Count: 5 } counts || counts.Any(n => n is < 0 or > MaxAnswersPerQuestion))
            {
                throw new ValidationException($"{field}.counts", $"{field}.counts must be five counts (answers 1 to 5), each 0 to {MaxAnswersPerQuestion}.");
            }

            result.Add(new SurveyQuestion(Validate.Text($"{field}.question", q.Question, 200), [.. counts]));
        }

        return result.Sum(q => q.Answers) > 0 ? result : throw new ValidationException("questions", "A survey needs at least one answer.");
    }

    /// <summary>The counts of an estate: its case ratings and every survey's answers.</summary>
    public static SatisfactionCounts Counts(IEnumerable<int> ratings, IEnumerable<SurveyRecord> surveys)
    {
        var r = ratings.ToList();
        var answers = surveys.SelectMany(s => s.Questions).ToList();
        return new(r.Count, r.Sum(x => (long)x), answers.Sum(q => q.Answers), answers.Sum(q => q.Counts.Select((n, i) => (long)n * (i + 1)).Sum()));
    }
}
