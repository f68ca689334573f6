using System.Globalization;
using Anju.Facilities;
using Anju.Incidents;

namespace Anju.Contracts.Scorecard;

/// <summary>The scorecard's bookkeeping as pure functions over <see cref="ScorecardState"/>: which period an event falls
/// in (the calendar month in the city's time), rolling a finished period into the history, taking a closed order or
/// case once, the assessment and deductions that apply to a period, and the views.</summary>
internal static class ScorecardBook
{
    /// <summary>The period (<c>yyyy-MM</c>) of <paramref name="at"/> in the city's time.</summary>
    public static string PeriodOf(DateTimeOffset at, int utcOffsetHours) =>
        at.ToOffset(TimeSpan.FromHours(utcOffsetHours)).ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Moves the book to <paramref name="period"/> when it is later than the running one: the running period
    /// is scored and kept in the history (the oldest dropped beyond the cap) and stays as <see cref="ScorecardState.Previous"/>.
    /// An earlier period changes nothing (a late delivery counts in the running period). True when it rolled.</summary>
    public static bool Roll(ScorecardState s, string period, ScorecardOptions options)
    {
        if (s.Current.Period.Length == 0)
        {
            s.Current.Period = period;
            return false;
        }

        if (string.CompareOrdinal(period, s.Current.Period) <= 0)
        {
            return false;
        }

        s.History.Add(Closed(s, s.Current, options));
        if (s.History.Count > options.HistoryKept)
        {
            s.History.RemoveRange(0, s.History.Count - options.HistoryKept);
        }

        (s.Previous, s.Current) = (s.Current, new ScorePeriod { Period = period });
        return true;
    }

    /// <summary>Takes a closed work order into the running period; false when it was taken already.</summary>
    public static bool TakeOrder(ScorecardState s, WorkOrderSummary o, ScorecardOptions options)
    {
        ArgumentNullException.ThrowIfNull(o);
        var p = s.Current;
        if (!Fresh(s, "order:" + o.OrderId))
        {
            return false;
        }

        var at = o.ClosedAt ?? o.UpdatedAt;
        void Note(ScoreFactor factor, string detail) => Evidence(p, new ScoreEvidence(factor, "order", o.OrderId, o.EstateId, at, detail), options);
        p.OrdersClosed++;
        p.OrdersWithinSla += o.Overdue ? 0 : 1;
        if (o.Overdue)
        {
            Note(ScoreFactor.SlaCompliance, $"{o.Code}: overdue, escalated to {o.Level}");
        }

        var repeats = Math.Max(0, o.Occurrences - 1) + Math.Max(0, o.SentBack);
        p.RepeatFaults += repeats;
        if (repeats > 0)
        {
            Note(ScoreFactor.RepeatFaults, $"{o.Code}: reported {o.Occurrences} times, sent back {o.SentBack} times");
        }

        if (o.Kind == WorkOrderKind.Preventive)
        {
            var onTime = o.DueAt is not { } due || (o.RepairedAt ?? at) <= due;
            p.PreventiveClosed++;
            p.PreventiveOnTime += onTime ? 1 : 0;
            if (!onTime)
            {
                Note(ScoreFactor.PreventiveOnTime, $"{o.Code}: due {o.DueAt:yyyy-MM-dd HH:mm}, done {(o.RepairedAt ?? at):yyyy-MM-dd HH:mm}");
            }
        }
        else
        {
            if (o.AcceptedAt is { } accepted && Add(p.Response, Minutes(accepted - o.ReportedAt), options) > (double)options.ResponseTime.Target)
            {
                Note(ScoreFactor.ResponseTime, $"{o.Code}: accepted after {Minutes(accepted - o.ReportedAt):0} minutes");
            }

            if (o.RepairedAt is { } repaired && Add(p.Repair, Minutes(repaired - o.ReportedAt) / 60, options) > (double)options.RepairTime.Target)
            {
                Note(ScoreFactor.RepairTime, $"{o.Code}: repaired after {Minutes(repaired - o.ReportedAt) / 60:0.0} hours");
            }
        }

        Rate(p, o.Rating, () => Note(ScoreFactor.Satisfaction, $"{o.Code}: rated {o.Rating}"), options);
        return true;
    }

    /// <summary>Takes a closed company case into the running period once, and its rating once (an evaluation may come
    /// after the close); false when nothing was new.</summary>
    public static bool TakeIncident(ScorecardState s, IncidentSummary i, ScorecardOptions options)
    {
        ArgumentNullException.ThrowIfNull(i);
        var p = s.Current;
        var at = i.ClosedAt ?? i.UpdatedAt;
        void Note(ScoreFactor factor, string detail) => Evidence(p, new ScoreEvidence(factor, "incident", i.IncidentId, i.Location.EstateId, at, detail), options);
        var rated = i.Rating is >= 1 and <= 5 && Fresh(s, "incident-rating:" + i.IncidentId);
        if (rated)
        {
            Rate(p, i.Rating, () => Note(ScoreFactor.Satisfaction, $"{i.Category}: rated {i.Rating}"), options);
        }

        if (!Fresh(s, "incident:" + i.IncidentId))
        {
            return rated;
        }

        p.IncidentsClosed++;
        p.IncidentsWithinSla += i.Overdue ? 0 : 1;
        if (i.Overdue)
        {
            Note(ScoreFactor.SlaCompliance, $"{i.Category}: overdue, escalated to {i.Level}");
        }

        if (i.AcknowledgedAt is { } ack && Add(p.Response, Minutes(ack - i.CreatedAt), options) > (double)options.ResponseTime.Target)
        {
            Note(ScoreFactor.ResponseTime, $"{i.Category}: acknowledged after {Minutes(ack - i.CreatedAt):0} minutes");
        }

        return true;
    }

    /// <summary>The assessment that applies to <paramref name="period"/>: the latest one for that period or an earlier
    /// one (an assessment stands until the next).</summary>
    public static ContractAssessment? AssessmentFor(ScorecardState s, string period) =>
        s.Assessments.Where(a => string.CompareOrdinal(a.Period, period) <= 0).MaxBy(a => a.Period, StringComparer.Ordinal);

    /// <summary>The figures of a period: its counts, its latencies' mean and p90, and the deductions recorded for it.</summary>
    public static ScorecardFigures Figures(ScorecardState s, ScorePeriod p) => new(
        p.OrdersClosed, p.OrdersWithinSla, p.IncidentsClosed, p.IncidentsWithinSla,
        Mean(p.Response), P90(p.Response), Mean(p.Repair), P90(p.Repair),
        p.RepeatFaults, p.PreventiveClosed, p.PreventiveOnTime, p.Ratings,
        p.Ratings == 0 ? null : Math.Round((double)p.RatingSum / p.Ratings, 2, MidpointRounding.AwayFromZero),
        s.Deductions.Where(d => d.Period == p.Period).Sum(d => d.Amount));

    /// <summary>Re-scores the kept periods (an assessment or deduction entered for a past period changes its result).</summary>
    public static void Rescore(ScorecardState s, ScorecardOptions options)
    {
        for (var n = 0; n < s.History.Count; n++)
        {
            var h = s.History[n];
            var figures = h.Figures with { Deductions = s.Deductions.Where(d => d.Period == h.Period).Sum(d => d.Amount) };
            var assessment = AssessmentFor(s, h.Period)?.Score;
            var result = ScorecardFormula.Compute(figures, assessment, options);
            s.History[n] = new ScorecardPeriod(h.Period, result.Score, result.TopFactor, figures, assessment);
        }
    }

    /// <summary>The live view of the running period.</summary>
    public static ScorecardView View(ScorecardState s, string contractId, long version, DateTimeOffset now, ScorecardOptions options)
    {
        var figures = Figures(s, s.Current);
        var assessment = AssessmentFor(s, s.Current.Period);
        var result = ScorecardFormula.Compute(figures, assessment?.Score, options);
        var id = s.Identity;
        return new ScorecardView(contractId, version, s.Current.Period, result.Score, options.Threshold, result.Score < options.Threshold,
            result.TopFactor, result.Factors, figures, now)
        {
            CompanyName = id?.CompanyName, CreditCode = id?.CreditCode, EstateId = id?.EstateId, ZoneId = id?.ZoneId, Assessment = assessment,
        };
    }

    /// <summary>The evidence behind one factor of a period, newest first: orders and cases from the running or the previous
    /// period, assessments and deductions from the records (older periods keep their figures, not their evidence).</summary>
    public static IReadOnlyList<ScoreEvidence> EvidenceOf(ScorecardState s, string period, ScoreFactor factor, int most)
    {
        var records = factor switch
        {
            ScoreFactor.Deductions => s.Deductions.Where(d => d.Period == period).Select(d =>
                new ScoreEvidence(factor, "deduction", d.DeductionId, s.Identity?.EstateId ?? "", d.RecordedAt ?? default, $"{d.Amount} yuan: {d.Reason}{(d.Reference is null ? "" : $" ({d.Reference})")}")),
            ScoreFactor.Assessment => AssessmentFor(s, period) is { } a
                ? [new ScoreEvidence(factor, "assessment", a.Period, s.Identity?.EstateId ?? "", a.RecordedAt ?? default, $"{a.Score} by {a.Assessor} on {a.AssessedOn:yyyy-MM-dd} ({a.EvidenceRef})")]
                : [],
            _ => new[] { s.Current, s.Previous }.Where(p => p?.Period == period).SelectMany(p => p!.Evidence).Where(e => e.Factor == factor),
        };
        return [.. records.OrderByDescending(e => e.At).Take(most)];
    }

    private static ScorecardPeriod Closed(ScorecardState s, ScorePeriod p, ScorecardOptions options)
    {
        var figures = Figures(s, p);
        var assessment = AssessmentFor(s, p.Period)?.Score;
        var result = ScorecardFormula.Compute(figures, assessment, options);
        return new ScorecardPeriod(p.Period, result.Score, result.TopFactor, figures, assessment);
    }

    private static bool Fresh(ScorecardState s, string key) => s.Previous?.Seen.Contains(key) != true && s.Current.Seen.Add(key);

    private static void Rate(ScorePeriod p, int? rating, Action note, ScorecardOptions options)
    {
        if (rating is not (>= 1 and <= 5) || rating is not { } r)
        {
            return;
        }

        p.Ratings++;
        p.RatingSum += r;
        if (r < options.Satisfaction.Target)
        {
            note();
        }
    }

    private static double Minutes(TimeSpan span) => Math.Max(0, span.TotalMinutes);

    /// <summary>Counts a latency and keeps it in the ring; returns it.</summary>
    private static double Add(Latencies l, double value, ScorecardOptions options)
    {
        if (l.Samples.Count < options.LatencySamples)
        {
            l.Samples.Add(value);
        }
        else
        {
            l.Samples[l.Count % l.Samples.Count] = value;
        }

        l.Count++;
        l.Sum += value;
        return value;
    }

    private static void Evidence(ScorePeriod p, ScoreEvidence e, ScorecardOptions options)
    {
        p.Evidence.Add(e);
        if (p.Evidence.Count(x => x.Factor == e.Factor) > options.EvidencePerFactor)
        {
            p.Evidence.Remove(p.Evidence.First(x => x.Factor == e.Factor));
        }
    }

    private static double? Mean(Latencies l) => l.Count == 0 ? null : Math.Round(l.Sum / l.Count, 2, MidpointRounding.AwayFromZero);

    /// <summary>The 90th percentile of the kept samples, nearest rank (the smallest value with at least 90 % at or below it).</summary>
    private static double? P90(Latencies l)
    {
        if (l.Samples.Count == 0)
        {
            return null;
        }

        var sorted = l.Samples.Order().ToList();
        var rank = (int)Math.Ceiling(0.9 * sorted.Count);
        return Math.Round(sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)], 2, MidpointRounding.AwayFromZero);
    }
}
