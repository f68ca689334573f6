namespace Anju.Demo.Benchmark.Security;

/// <summary>The security load: cameras beating every <see cref="Heartbeat"/>, guards checking in every
/// <see cref="CheckIn"/>, a few cameras silenced now and then to measure offline detection.</summary>
public sealed record SecurityBenchOptions(
    int Cameras, int Guards, int CamerasPerEstate, TimeSpan Duration, TimeSpan Heartbeat, TimeSpan CheckIn,
    TimeSpan CameraTimeout, int Integrations, int SilencePerWave, TimeSpan SilenceEvery, int Seed, int? SiloPid)
{
    public int Estates => (Cameras + CamerasPerEstate - 1) / CamerasPerEstate;

    public static string EstateId(int n) => $"TH-SB{n:D4}";
}
