using Anju.Common;
using Anju.Security;

namespace Anju.Facilities;

/// <summary>Faults checked before they reach an order: a report's fields, and device fault events (a replayed id is a
/// duplicate; an unknown facility, device or code is rejected with the reason).</summary>
internal static class FaultIntake
{
    /// <summary>A device fault event found its facility and code.</summary>
    internal sealed record DeviceFault(DeviceEvent Event, FacilityEntry Entry, FaultCode Code);

    public static ReportFault Valid(ReportFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        if (!Enum.IsDefined(fault.Source))
        {
            throw new ValidationException("source", $"source must be one of {string.Join(", ", Enum.GetNames<FaultSource>())}.");
        }

        if (fault.Severity is { } severity && !Enum.IsDefined(severity))
        {
            throw new ValidationException("severity", "severity is not a known severity.");
        }

        return fault with
        {
            FacilityId = Validate.Id("facilityId", fault.FacilityId),
            ReportedBy = Validate.Text("reportedBy", fault.ReportedBy, 100),
            Detail = string.IsNullOrWhiteSpace(fault.Detail) ? "" : Validate.Text("detail", fault.Detail, 1000),
            DwellingId = fault.DwellingId is null ? null : Validate.Id("dwellingId", fault.DwellingId),
            SourceEventId = fault.SourceEventId is null ? null : Validate.Text("sourceEventId", fault.SourceEventId, 100),
        };
    }

    /// <summary>The fault an event reports, or the result that answers it at once (duplicate, rejected).</summary>
    public static (DeviceFault? Fault, IngestResult? Answer) Classify(EstateFacilitiesState state, EventWindow seen, DeviceEvent e, string estateId)
    {
        ArgumentNullException.ThrowIfNull(seen);
        ArgumentNullException.ThrowIfNull(e);
        if (e.Kind is not (DeviceEventKind.Fault or DeviceEventKind.FaultCleared))
        {
            return (null, Reject(e, $"kind '{e.Kind}' is not a facility fault"));
        }

        if (seen.Contains(e.EventId))
        {
            return (null, new IngestResult(e.EventId, IngestOutcome.Duplicate));
        }

        if (FacilityRegister.Find(state, e.Subject, e.Device) is not { } entry)
        {
            return (null, Reject(e, $"unknown facility or device '{e.Subject}' in estate '{estateId}'"));
        }

        var code = FaultCatalogue.Find(e.Code);
        return code is null || !code.AppliesTo(entry.Facility.Type) || code.Code == FaultCatalogue.Maintenance
            ? (null, Reject(e, $"code '{e.Code}' is not a fault of a {entry.Facility.Type}"))
            : (new DeviceFault(e, entry, code), null);
    }

    private static IngestResult Reject(DeviceEvent e, string reason) => new(e.EventId, IngestOutcome.Rejected, reason);
}
