using Anju.Common;
using Anju.Errors;
using Anju.Incidents;

namespace Anju.Tests.Rules;

public class IncidentRoutingTests
{
    [Fact]
    public void Every_category_has_a_default_route_from_the_annex()
    {
        var options = new IncidentOptions();
        Assert.All(Enum.GetValues<IncidentCategory>(), c =>
        {
            var route = options.RouteFor(c);
            Assert.False(string.IsNullOrWhiteSpace(route.Lead));
            Assert.StartsWith("§", route.Basis);
        });
        var parking = options.RouteFor(IncidentCategory.Parking);
        Assert.Equal(("市城管委", "§4.8", ResponsibleParty.PropertyCompany), (parking.Lead, parking.Basis, parking.Handler));
        Assert.Contains("市城管執法局", parking.CoOperating);
        Assert.Equal(ResponsibleParty.PoliceStation, options.RouteFor(IncidentCategory.Security).Handler);
        Assert.Equal("市住房保障辦", options.RouteFor(IncidentCategory.Complaint).Lead);
    }

    [Fact]
    public void The_routing_table_is_configurable()
    {
        var options = new IncidentOptions();
        options.Routes[IncidentCategory.Pets] = new RouteOption { Handler = ResponsibleParty.GridStaff, Lead = "區城管局", Basis = "§4.8 local" };
        Assert.Equal(ResponsibleParty.GridStaff, options.RouteFor(IncidentCategory.Pets).Handler);
    }

    [Fact]
    public void A_supervisor_approves_at_their_level_or_below()
    {
        Assert.True(EscalationLadder.MayApprove(ApproverRole.StreetSupervisor, EscalationLevel.Grid));
        Assert.True(EscalationLadder.MayApprove(ApproverRole.StreetSupervisor, EscalationLevel.Street));
        Assert.False(EscalationLadder.MayApprove(ApproverRole.GridLeader, EscalationLevel.Estate));
        Assert.Throws<ConflictException>(() => EscalationLadder.Up(EscalationLevel.District));
    }

    [Fact]
    public void A_new_case_is_checked_field_by_field()
    {
        var ok = new FileIncident(IncidentCategory.Parking, IncidentSeverity.Minor, IncidentSource.Resident, new IncidentLocation("TH-0001", "G1"), " 堵車 ", "居民");
        Assert.Equal("堵車", IncidentRules.Validate(ok).Description);
        Assert.Equal("description", Assert.Throws<ValidationException>(() => IncidentRules.Validate(ok with { Description = " " })).Field);
        Assert.Equal("location.gridId", Assert.Throws<ValidationException>(() => IncidentRules.Validate(ok with { Location = new("TH-0001", "G 1") })).Field);
        Assert.Equal("attachments", Assert.Throws<ValidationException>(() => IncidentRules.Validate(ok with { Attachments = ["ftp://x/y.jpg"] })).Field);
        Assert.Equal("deviceId", Assert.Throws<ValidationException>(() => IncidentRules.Validate(ok with { Source = IncidentSource.Device })).Field);
        Assert.Equal("lat", Assert.Throws<ValidationException>(() => IncidentRules.Validate(ok with { Location = new("TH-0001", Lat: 91) })).Field.Split('.')[1]);
    }

    [Fact]
    public void Generated_ids_carry_the_date_and_are_never_all_digits()
    {
        var id = IncidentIds.New(new DateTimeOffset(2026, 11, 28, 23, 0, 0, TimeSpan.Zero), new Random(1));
        Assert.Matches("^IN-20261128-[2-9A-HJ-NP-Z]{6}$", id);
        Validate.Id("incidentId", id);
    }
}
