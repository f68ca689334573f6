namespace Anju.Incidents;

/// <summary>The default routing table, from the annex of 穗府辦〔2014〕3號: for each category, the paragraph it comes
/// from, that paragraph's lead and co-operating units, and who handles it on the ground.</summary>
internal static class IncidentRoutes
{
    private const string Districts = "各區、縣級市政府";

    public static Dictionary<IncidentCategory, RouteOption> Defaults()
    {
        // §4.8 environment: lead 市城管委; co-operating 市環保局、林業和園林局、城管執法局、住房保障辦, district governments.
        string[] environment = ["市環保局", "市林業和園林局", "市城管執法局", "市住房保障辦", Districts];
        return new()
        {
            // §3.2: the third-party agency takes complaints and reports (舉報投訴受理) for the housing office.
            [IncidentCategory.Complaint] = Row(ResponsibleParty.HousingOffice, "市住房保障辦", ["市財政局", Districts], "§3.2"),
            // §4.3: grid staff mediate disputes (矛盾調解) — small matters stay in the grid.
            [IncidentCategory.Dispute] = Row(ResponsibleParty.GridStaff, Districts, ["市民政局", "市住房保障辦"], "§4.3"),
            // §5.2: community safety, mediation and legal aid.
            [IncidentCategory.Security] = Row(ResponsibleParty.PoliceStation, "市公安局、司法局、綜治辦", ["市住房保障辦", "團市委", Districts], "§5.2"),
            [IncidentCategory.IllegalStructure] = Row(ResponsibleParty.UrbanManagement, "市城管委", environment, "§4.8"),
            [IncidentCategory.Parking] = Row(ResponsibleParty.PropertyCompany, "市城管委", environment, "§4.8"),
            [IncidentCategory.Pets] = Row(ResponsibleParty.PropertyCompany, "市城管委", environment, "§4.8"),
            [IncidentCategory.GarbageSorting] = Row(ResponsibleParty.PropertyCompany, "市城管委", environment, "§4.8"),
            [IncidentCategory.Environment] = Row(ResponsibleParty.PropertyCompany, "市城管委", environment, "§4.8"),
            // §3.4: public facilities maintained by the property company under the housing office.
            [IncidentCategory.Facility] = Row(ResponsibleParty.PropertyCompany, "市住房保障辦", ["市財政局", "市國土房管局", "市規劃局", Districts], "§3.4"),
            // §5.1: livelihood (民生幸福工程) matters go to the street's civil-affairs office.
            [IncidentCategory.Welfare] = Row(ResponsibleParty.CivilAffairsOffice, Districts,
                ["市教育局", "市民政局", "市財政局", "市人力資源和社會保障局", "市衛生局", "市殘聯"], "§5.1"),
        };
    }

    private static RouteOption Row(ResponsibleParty handler, string lead, string[] coOperating, string basis) =>
        new() { Handler = handler, Lead = lead, CoOperating = [.. coOperating], Basis = basis };
}
