using System.Diagnostics;
using Anju.Errors;

namespace Anju.Silo.Import;

/// <summary>
/// One import from start to end: read and check the whole file, then either refuse it with every error
/// (nothing stored) or apply it. Only one runs per silo at a time; its progress is logged every few seconds.
/// </summary>
public sealed class CsvImporter(
    IGrainFactory grains, ImportOptions options, ImportRuleOptions rules, ImportProgress progress, TimeProvider clock, ILogger log)
{
    /// <param name="csv">The file, read once as it arrives.</param>
    /// <param name="reading">Cancels reading and checking (the client went away); nothing is stored then.</param>
    /// <param name="applying">Cancels applying (the silo stops); a later import of the same file completes it.</param>
    public async Task<ImportOutcome> ImportAsync(Stream csv, CancellationToken reading, CancellationToken applying)
    {
        if (!progress.TryBegin())
        {
            throw new ConflictException("Another import is running on this silo; see GET /api/import/status and try again when it is done.");
        }

        var started = Stopwatch.GetTimestamp();
        using var stopLogging = new CancellationTokenSource();
        var logging = LogProgressAsync(stopLogging.Token);
        try
        {
            var outcome = await RunAsync(csv, started, reading, applying);
            progress.End(outcome.Result is null ? ImportPhase.Rejected : ImportPhase.Done, outcome.Result is { } r
                ? $"{r.Estates} estates, {r.Dwellings} dwellings in {r.ElapsedMs} ms"
                : $"{outcome.Errors.Count} errors; nothing imported");
            return outcome;
        }
        catch (Exception ex)
        {
            progress.End(ImportPhase.Failed, ex.Message);
            throw;
        }
        finally
        {
            await stopLogging.CancelAsync();
            await logging;
        }
    }

    private async Task<ImportOutcome> RunAsync(Stream csv, long started, CancellationToken reading, CancellationToken applying)
    {
        var (plan, errors) = await CsvImportReader.ReadAsync(csv, progress.RowRead, reading);
        log.LogInformation("Import read {Rows} rows: {Estates} estates, {Dwellings} dwellings, {Errors} errors, in {Elapsed} ms",
            plan.Rows, plan.Estates.Count, plan.Dwellings, errors.Count, Elapsed(started));

        progress.Checking();
        var stored = await StoredEstates.LoadAsync(grains, plan, Math.Max(1, options.Parallelism) * 4, reading);
        errors.AddRange(ImportRules.Check(plan, stored, rules, clock.GetUtcNow()));
        if (errors.Count > 0)
        {
            var first = errors.MinBy(e => e.Row)!;
            log.LogWarning("Import refused, nothing stored: {Errors} errors, the first at row {Row} ({Field}: {Message})",
                errors.Count, first.Row, first.Field, first.Message);
            return ImportOutcome.Rejected([.. errors.OrderBy(e => e.Row).ThenBy(e => e.Field, StringComparer.Ordinal)]);
        }

        log.LogInformation("Import checked in {Elapsed} ms ({Existing} of {Estates} estates already stored); applying {Dwellings} dwellings",
            Elapsed(started), stored.Count, plan.Estates.Count, plan.Dwellings);
        progress.Applying(plan.Dwellings);
        await new ImportApplier(grains, options, progress, log).ApplyAsync(plan, applying);
        var result = plan.Result(Elapsed(started));
        log.LogInformation("Import done: {Estates} estates, {Zones} zones, {Grids} grids, {Buildings} buildings, {Dwellings} dwellings in {Elapsed} ms",
            result.Estates, result.Zones, result.Grids, result.Buildings, result.Dwellings, result.ElapsedMs);
        return new ImportOutcome(result, []);
    }

    private async Task LogProgressAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(options.ProgressLogInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var s = progress.Snapshot();
                if (s is { Phase: ImportPhase.Applying, SecondsLeft: { } left })
                {
                    log.LogInformation("Import applying: {Done}/{Total} dwellings, {Rate:F0}/s, about {Left:F0} s left",
                        s.DwellingsDone, s.DwellingsTotal, s.DwellingsPerSecond, left);
                }
                else if (s.Phase == ImportPhase.Applying)
                {
                    log.LogInformation("Import applying: {Done}/{Total} dwellings, first batches in flight", s.DwellingsDone, s.DwellingsTotal);
                }
                else
                {
                    log.LogInformation("Import {Phase}: {Rows} rows read, {Elapsed:F0} s", s.Phase, s.RowsRead, s.ElapsedSeconds);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The import ended: its last line is logged by RunAsync.
        }
    }

    private static long Elapsed(long started) => (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
}
