using Anju.Incidents;

namespace Anju.Testing;

/// <summary>Test clocks: pets/info cases must be acknowledged within 2 s (so a grain test watches the ladder climb);
/// every other window keeps its default, so other tests never see a clock breach.</summary>
public static class IncidentClocks
{
    public static readonly TimeSpan Acknowledge = TimeSpan.FromSeconds(2);

    public static void Shorten(IncidentOptions o)
    {
        o.CategorySla[IncidentCategory.Pets] = new()
        {
            [IncidentSeverity.Info] = new SlaWindow(Acknowledge, TimeSpan.FromHours(1), TimeSpan.FromHours(2)),
        };
    }
}
