using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Anju.Access.Audit;

/// <summary>The link of the audit chain: SHA-256 over the previous row's hash and this row's content, written in
/// one canonical byte form (length-prefixed UTF-8, times in microseconds as PostgreSQL keeps them), so the writer
/// and the verifier hash exactly the same bytes whatever the driver or culture.</summary>
public static class AuditHash
{
    /// <summary>What the first row of the chain links to.</summary>
    public static ReadOnlySpan<byte> Genesis => new byte[32];

    private static ReadOnlySpan<byte> Format => "anju-audit/1"u8;

    public static byte[] Compute(ReadOnlySpan<byte> previous, AuditRecord row)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        buffer.Write(Format);
        buffer.Write(previous);
        WriteInt64(buffer, ToMicroseconds(row.At));
        WriteString(buffer, row.Actor);
        WriteString(buffer, row.Roles);
        WriteString(buffer, row.Action);
        WriteString(buffer, row.ObjectType);
        WriteList(buffer, row.ObjectIds);
        WriteList(buffer, row.PersonalFields);
        WriteString(buffer, row.Source);
        WriteString(buffer, row.Outcome.ToString());
        WriteString(buffer, row.Detail);
        return SHA256.HashData(buffer.WrittenSpan);
    }

    /// <summary>PostgreSQL's timestamptz keeps microseconds: a time is cut to them before it is hashed or stored.</summary>
    public static DateTimeOffset ToStoredPrecision(DateTimeOffset at)
    {
        var utc = at.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - utc.Ticks % 10, TimeSpan.Zero);
    }

    private static long ToMicroseconds(DateTimeOffset at) => (at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    private static void WriteList(ArrayBufferWriter<byte> buffer, IReadOnlyList<string> values)
    {
        WriteInt32(buffer, values.Count);
        foreach (var value in values)
        {
            WriteString(buffer, value);
        }
    }

    private static void WriteString(ArrayBufferWriter<byte> buffer, string? value)
    {
        if (value is null)
        {
            WriteInt32(buffer, -1); // distinct from ""
            return;
        }

        var length = Encoding.UTF8.GetByteCount(value);
        WriteInt32(buffer, length);
        Encoding.UTF8.GetBytes(value, buffer.GetSpan(length));
        buffer.Advance(length);
    }

    private static void WriteInt32(ArrayBufferWriter<byte> buffer, int value)
    {
        BinaryPrimitives.WriteInt32BigEndian(buffer.GetSpan(4), value);
        buffer.Advance(4);
    }

    private static void WriteInt64(ArrayBufferWriter<byte> buffer, long value)
    {
        BinaryPrimitives.WriteInt64BigEndian(buffer.GetSpan(8), value);
        buffer.Advance(8);
    }
}
