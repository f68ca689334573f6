using Anju.Dwellings;
using Anju.Estates;
using Anju.Residency;

namespace Anju.Tests.Demo;

/// <summary>
/// The demo talks to the silo only through the HTTP API and keeps its own copies of the enums and
/// of the occupancy table (it must not reference the grains). These tests catch the copies drifting.
/// </summary>
public sealed class DemoContractTests
{
    [Fact]
    public void The_demos_occupancy_table_is_the_servers_for_every_state_and_action()
    {
        foreach (var state in Enum.GetValues<Anju.Demo.Api.OccupancyState>())
        {
            foreach (var action in Enum.GetValues<Anju.Demo.Api.OccupancyAction>())
            {
                var server = OccupancyRules.TryNext(Server<OccupancyState>(state), Server<OccupancyAction>(action));
                var demo = Anju.Demo.Occupancy.Lifecycle.After(state, action);
                Assert.True(server?.ToString() == demo?.ToString(), $"{state} + {action}: server {server}, demo {demo}");
            }
        }
    }

    [Fact]
    public void Every_lifecycle_verb_but_onboarding_is_known_to_the_demo()
    {
        var demo = Enum.GetNames<Anju.Demo.Api.OccupancyAction>();
        Assert.Equal(Enum.GetNames<OccupancyAction>().Where(a => a != nameof(OccupancyAction.Onboard)).Order(), demo.Order());
        Assert.Equal(Enum.GetNames<OccupancyState>().Order(), Enum.GetNames<Anju.Demo.Api.OccupancyState>().Order());
    }

    [Fact]
    public void The_demos_enums_spell_what_the_api_accepts()
    {
        Assert.Equal(Enum.GetNames<TenureType>().Order(), Enum.GetNames<Anju.Demo.Api.TenureType>().Order());
        Assert.Equal(Enum.GetNames<SecondAddressRegistration>().Order(), Enum.GetNames<Anju.Demo.Api.SecondAddressRegistration>().Order());
        Assert.Equal(
            Enum.GetValues<SpecialGroups>().Select(g => (g.ToString(), (int)g)),
            Enum.GetValues<Anju.Demo.Api.SpecialGroups>().Select(g => (g.ToString(), (int)g)));
    }

    [Fact]
    public void Every_fault_the_demo_reports_is_a_code_of_its_facility_type_and_its_register_types_are_the_servers()
    {
        var types = Anju.Demo.Facilities.FacilityPlan.For(Anju.Demo.City.CityGenerator.Rows(new(3, 600, 1, new DateOnly(2026, 5, 1))))
            .Select(f => f.Type).Concat(Anju.Demo.Facilities.FaultMix.Types.Items).Distinct().ToList();
        foreach (var type in types)
        {
            var server = Enum.Parse<Anju.Facilities.FacilityType>(type);
            foreach (var fault in Anju.Demo.Facilities.FaultMix.For(type))
            {
                Assert.True(Anju.Facilities.FaultCatalogue.All.Any(c => c.Code == fault.Code && c.AppliesTo(server)), $"{fault.Code} on a {type}");
            }
        }

        // The device faults the driver sends are the ones a device raises as alarms, or a lift's stop.
        Assert.Contains(Anju.Demo.Facilities.FaultMix.For("Lift"), f => f.FromDevice && f.Code == Anju.Facilities.FaultCatalogue.TrappedPassenger);
    }

    private static T Server<T>(Enum demo)
        where T : struct, Enum => Enum.Parse<T>(demo.ToString());
}
