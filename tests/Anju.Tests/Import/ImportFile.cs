using System.Text;
using Anju.Silo.Import;

namespace Anju.Tests.Import;

/// <summary>Builds onboarding CSV files for tests: a header and rows where every cell has a sensible default.</summary>
public static class ImportFile
{
    public const string Header =
        "estateId,estateName,district,street,estateFloorArea,zoneId,zoneName,gridId,gridName,buildingId,buildingName,floors," +
        "dwellingId,unit,floor,number,floorArea,tenure,ownedShare,initialState,householdSize,headOfHousehold,specialGroups," +
        "secondAddressRegistration,lastReviewedOn";

    /// <summary>One dwelling row; an occupied dwelling gets a household unless <paramref name="household"/> says otherwise.</summary>
    public static string Row(
        string estateId, string dwellingId, string estateName = "棠德花苑", string district = "TH", string street = "棠下街", string estateArea = "52000",
        string zoneId = "", string zoneName = "", string gridId = "G1", string gridName = "第1網格", string buildingId = "B1", string buildingName = "1棟",
        string floors = "30", string unit = "1", string floor = "5", string? number = null, string floorArea = "58.5", string tenure = "PublicRental",
        string ownedShare = "", string state = "Occupied", string? household = null, string lastReviewedOn = "2025-09-01") =>
        string.Join(',',
            estateId, estateName, district, street, estateArea, zoneId, zoneName, gridId, gridName, buildingId, buildingName, floors,
            dwellingId, unit, floor, number ?? dwellingId.Replace("-", "", StringComparison.Ordinal)[^4..], floorArea, tenure, ownedShare, state,
            household ?? (state is "Occupied" or "Allocated" or "ExitRequested" ? $"3,H-{dwellingId},MinimumLivingAllowance|ElderlyLivingAlone,Registered" : ",,,"),
            state is "Occupied" or "ExitRequested" ? lastReviewedOn : "");

    public static string Of(params string[] rows) => Header + "\n" + string.Join("\n", rows) + "\n";

    /// <summary>A file with the optional location columns: each row's estate at (<c>lat</c>, <c>long</c>) as given.</summary>
    public static string Located(params (string Row, string Lat, string Long)[] rows) =>
        Header + ",estateLat,estateLong\n" + string.Join("\n", rows.Select(r => $"{r.Row},{r.Lat},{r.Long}")) + "\n";

    /// <summary>Reads and checks a file as the silo does, against nothing stored.</summary>
    public static async Task<(ImportPlan Plan, List<RowError> Errors)> CheckAsync(string csv)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var (plan, errors) = await CsvImportReader.ReadAsync(stream);
        errors.AddRange(ImportRules.Check(plan, new Dictionary<string, StoredEstate>(), ImportRuleOptions.Default, new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero)));
        return (plan, errors);
    }
}
