namespace Anju.Security;

/// <summary>Camera health from heartbeats: last-seen never moves back or into the future; silent for longer
/// than the timeout is offline.</summary>
public static class CameraRules
{
    public static DateTimeOffset Seen(DateTimeOffset lastSeen, DateTimeOffset heartbeat, DateTimeOffset now) =>
        heartbeat > now ? (now > lastSeen ? now : lastSeen) : (heartbeat > lastSeen ? heartbeat : lastSeen);

    public static bool IsOffline(DateTimeOffset lastSeen, DateTimeOffset now, TimeSpan timeout) => now - lastSeen > timeout;
}
