namespace Anju.Journal;

/// <summary>A journaled grain's state carries its own version, which rises by one per change: the journal keeps
/// the newest version of each grain, and a snapshot records the version it holds.</summary>
public interface IVersionedState
{
    long Version { get; }
}
