using Anju.Common;
using Anju.Errors;
using Anju.Facilities;
using Anju.Incidents;

namespace Anju.Silo.Open311;

/// <summary>Fault-service requests as work orders: finding the facility a request is about, opening (or repeating) its
/// order, and showing an order as a GeoReport v2 service request.</summary>
public static class Open311Faults
{
    /// <summary>Opens the work order of a fault-service request placed at <paramref name="estateId"/>; null when the
    /// request identifies no facility of the service's types (it is then filed as a facility incident).</summary>
    public static async Task<WorkOrderSnapshot?> TryOpenAsync(IGrainFactory grains, Open311Input input, string estateId, Open311FaultService service, string actor)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(service);
        var register = grains.GetGrain<IEstateFacilitiesGrain>(Keys.EstateFacilities(estateId));
        var facility = await FacilityAsync(register, input, service);
        if (facility is null)
        {
            return null;
        }

        var fault = new ReportFault(
            facility.FacilityId, input.Attribute("fault_code") ?? service.DefaultFault, FaultSource.Open311, actor,
            Validate.Text("description", input["description"], 1000))
        {
            Severity = input.Attribute("severity") is { } s ? Severity(s) : null,
            DwellingId = input.Attribute("dwelling_id") is { } d ? Validate.Id("attribute[dwelling_id]", d) : null,
        };
        try
        {
            return await register.ReportFaultAsync(fault);
        }
        catch (ValidationException refused) when (refused.Field is "code" or "severity" or "dwellingId")
        {
            var field = refused.Field switch { "code" => "attribute[fault_code]", "severity" => "attribute[severity]", _ => "attribute[dwelling_id]" };
            throw new ValidationException(field, refused.Message);
        }
    }

    /// <summary>The facility the request names, else the one facility of the service's types in the building it names.
    /// A named facility of another type is refused; one not on the register identifies nothing.</summary>
    private static async Task<Facility?> FacilityAsync(IEstateFacilitiesGrain register, Open311Input input, Open311FaultService service)
    {
        if (input.Attribute("facility_id") is { } id)
        {
            FacilityView view;
            try
            {
                view = await register.GetAsync(Validate.Id("attribute[facility_id]", id));
            }
            catch (NotFoundException)
            {
                return null;
            }

            return service.Covers(view.Facility.Type)
                ? view.Facility
                : throw new ValidationException("attribute[facility_id]", $"Facility '{id}' is a {view.Facility.Type}, not a facility of service '{service.Code}'.");
        }

        if (input.Attribute("building_id") is not { } building)
        {
            return null;
        }

        var candidates = (await register.ListAsync()).Select(v => v.Facility).Where(f => f.BuildingId == building && service.Covers(f.Type)).Take(2).ToList();
        return candidates.Count == 1 ? candidates[0] : null;
    }

    private static IncidentSeverity Severity(string text) =>
        Enum.TryParse<IncidentSeverity>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(text, out _)
            ? parsed
            : throw new ValidationException("attribute[severity]", "attribute[severity] must be critical, major, minor or info.");

    /// <summary>Who answers for an order: the company of its contract, else the district's housing office.</summary>
    public static string Agency(WorkOrderRoute route, string district) =>
        route.CompanyName ?? (route.ContractId is { } contract ? $"contract {contract}" : $"住房保障辦 Housing office {district}");

    public static string Notice(WorkOrderSummary order) =>
        $"Work order for {Agency(order.Route, order.District)}"
        + (order.Deadlines.OnSiteBy is { } onSite ? $"; on site by {onSite:yyyy-MM-dd HH:mm} UTC" : "")
        + (order.Deadlines.RepairBy is { } repair ? $"; repaired by {repair:yyyy-MM-dd HH:mm} UTC." : ".");

    /// <summary>An order as a service request: open until closed or cancelled; the reporter is never shown.</summary>
    public static Open311Request Request(WorkOrderSnapshot order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var o = order.Summary;
        var service = Open311FaultServices.Of(o.FacilityType);
        var last = order.History.LastOrDefault(h => h.Note is not null || h.Reason is not null);
        return new Open311Request(
            o.OrderId,
            o.IsOpen ? "open" : "closed",
            last is null ? $"{o.Status}" : $"{o.Status}: {last.Note ?? last.Reason}",
            service.Name,
            service.Code,
            order.Detail,
            Agency(o.Route, o.District),
            Notice(o),
            o.ReportedAt,
            o.UpdatedAt,
            o.Deadlines.RepairBy ?? o.DueAt,
            null,
            null,
            null,
            null);
    }
}
