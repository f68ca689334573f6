namespace Anju.Testing;

/// <summary>The last lines a child process wrote (standard output and error together), for a failure message.</summary>
public sealed class OutputTail(int lines)
{
    private readonly Queue<string> _lines = new();

    /// <summary>Keeps a line (null, the end of a stream, is ignored), dropping the oldest beyond the bound.</summary>
    public void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Enqueue(line);
            while (_lines.Count > lines)
            {
                _lines.Dequeue();
            }
        }
    }

    public override string ToString()
    {
        lock (_lines)
        {
            return string.Join('\n', _lines);
        }
    }
}
