namespace Anju.Testing;

/// <summary>Fresh ids per test, so tests sharing a cluster or a silo never see each other's objects.</summary>
public static class Fresh
{
    private static int _next;

    public static string EstateId(string district = "TH") => $"{district}-T{Interlocked.Increment(ref _next):D4}{Guid.NewGuid().ToString("N")[..6]}";
}
