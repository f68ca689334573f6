namespace Anju.Tests.Integration;

[Alias("Anju.Tests.IReminderProbeGrain")]
public interface IReminderProbeGrain : IGrainWithStringKey
{
    Task StartAsync(TimeSpan due, TimeSpan period);

    Task<int> TicksAsync();

    Task StopAsync();
}

/// <summary>Counts the ticks of a reminder kept in the AdoNet reminders table.</summary>
public sealed class ReminderProbeGrain : Grain, IReminderProbeGrain, IRemindable
{
    private int _ticks;

    public Task StartAsync(TimeSpan due, TimeSpan period) => this.RegisterOrUpdateReminder("probe", due, period);

    public Task<int> TicksAsync() => Task.FromResult(_ticks);

    public async Task StopAsync()
    {
        if (await this.GetReminder("probe") is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        _ticks++;
        return Task.CompletedTask;
    }
}
