namespace Anju.Residency;

/// <summary>Server-generated case ids: <c>EX-20261207-K3Q9ZP</c>: the day it was opened and six characters from an
/// alphabet without 0/O and 1/I, so an id can be read over the phone. Never all digits.</summary>
internal static class ExitReviewIds
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

        return $"EX-{now.UtcDateTime:yyyyMMdd}-{tail}";
    }
}
