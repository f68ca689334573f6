using System.Diagnostics;
using Anju.Demo.City;

namespace Anju.Demo.Importing;

/// <summary>A generated city held in memory as CSV, ready to post.</summary>
public sealed record CityFile(byte[] Csv, CityStats Stats, TimeSpan Generated)
{
    public static async Task<CityFile> GenerateAsync(CityOptions options, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        using var buffer = new MemoryStream();
        var stats = await CityCsv.WriteAsync(buffer, CityGenerator.Rows(options), ct);
        return new CityFile(buffer.ToArray(), stats, clock.Elapsed);
    }
}
