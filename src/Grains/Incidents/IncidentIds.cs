namespace Anju.Incidents;

/// <summary>Server-generated case ids: <c>IN-20261128-K3Q9ZP</c> — the date it was collected and six characters
/// from an alphabet without 0/O and 1/I, so ids can be read over the phone. Never all digits.</summary>
internal static class IncidentIds
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string New(DateTimeOffset now, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        Span<char> tail = stackalloc char[6];
        for (var i = 0; i < tail.Length; i++)
        {
            tail[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return $"IN-{now.UtcDateTime:yyyyMMdd}-{tail}";
    }
}
