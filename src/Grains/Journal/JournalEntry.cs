namespace Anju.Journal;

/// <summary>One journaled state: its version and the grain storage serializer's bytes.</summary>
public sealed record JournalEntry(long Version, byte[] Payload);
