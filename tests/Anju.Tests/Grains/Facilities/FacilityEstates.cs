using Anju.Estates;
using Anju.Facilities;
using Anju.Security;
using Anju.Tests.Infrastructure;

namespace Anju.Tests.Grains.Facilities;

/// <summary>Test estates with facilities: <see cref="TestEstates"/>' grid G1 and building B1, a lift L1 and a pump P1 there.</summary>
internal static class FacilityEstates
{
    public static readonly Facility Lift = new("L1", FacilityType.Lift, "1棟1號梯", "B1", null, null) { DeviceId = "LC-1", Location = "1棟1單元" };

    public static readonly Facility Pump = new("P1", FacilityType.WaterPump, "二次供水泵房", null, null, "G1") { DeviceId = "PU-1" };

    public static readonly Facility Light = new("LT1", FacilityType.Lighting, "1棟走廊燈", "B1", null, null);

    /// <summary>An estate with an estate-wide contract (or none), and its lift, pump and light registered.</summary>
    public static async Task<IEstateFacilitiesGrain> CreateAsync(IGrainFactory grains, string estateId, string? contractId = "PC-1")
    {
        var estate = await TestEstates.CreateAsync(grains, estateId);
        if (contractId is not null)
        {
            await estate.AttachContractAsync(new ContractAttachment(contractId, "C-01", "安居物業", null));
        }

        var facilities = grains.GetGrain<IEstateFacilitiesGrain>(Keys.EstateFacilities(estateId));
        await facilities.RegisterAsync([Lift, Pump, Light]);
        return facilities;
    }

    public static ReportFault Fault(string facilityId, string code, string by = "居民 王") => new(facilityId, code, FaultSource.Resident, by, "報修");

    public static DeviceEvent Device(string eventId, string subject, string code, DeviceEventKind kind = DeviceEventKind.Fault) =>
        new(eventId, "lift-controller", DateTimeOffset.UtcNow, kind, subject, null, subject) { Code = code };

    public static WorkOrderCommand Cmd(WorkOrderSnapshot o, WorkOrderAction action, string actor = "物業 張") => new(action, o.Summary.Version, actor);
}
