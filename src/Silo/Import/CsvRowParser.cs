using Anju.Dwellings;
using Anju.Estates;
using Anju.Residency;
using C = Anju.Silo.Import.ImportColumns;

namespace Anju.Silo.Import;

/// <summary>Parses one data row into a <see cref="ParsedRow"/>; null (with its errors recorded) when any cell is unreadable.</summary>
public static class CsvRowParser
{
    public static ParsedRow? Parse(CsvCells c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var row = new ParsedRow(
            c.Row,
            c.Key(C.EstateId), c.Text(C.EstateName), c.Text(C.District), c.Text(C.Street), c.Double(C.EstateFloorArea),
            c.Optional(C.ZoneId), c.Optional(C.ZoneName),
            c.Key(C.GridId), c.Text(C.GridName),
            c.Key(C.BuildingId), c.Text(C.BuildingName), c.Int(C.Floors),
            c.Key(C.DwellingId), c.Int(C.Unit), c.Int(C.Floor), c.Text(C.Number), c.Double(C.FloorArea),
            c.Enum<TenureType>(C.Tenure), c.OptionalDecimal(C.OwnedShare),
            c.OptionalEnum<OccupancyState>(C.InitialState) ?? OccupancyState.Vacant, HouseholdOf(c), c.OptionalDate(C.LastReviewedOn))
        {
            EstateLocation = LocationOf(c),
        };
        return c.Failed ? null : row;
    }

    /// <summary>A location when the row gives both coordinates; none when it gives neither.</summary>
    private static GeoPoint? LocationOf(CsvCells c) => (c.IsEmpty(C.EstateLat), c.IsEmpty(C.EstateLong)) switch
    {
        (true, true) => null,
        (true, false) => c.Fail<GeoPoint?>(C.EstateLat, $"{C.EstateLat} is required when {C.EstateLong} is given.", null),
        (false, true) => c.Fail<GeoPoint?>(C.EstateLong, $"{C.EstateLong} is required when {C.EstateLat} is given.", null),
        _ => (c.OptionalDouble(C.EstateLat), c.OptionalDouble(C.EstateLong)) is ({ } lat, { } lon) ? new GeoPoint(lat, lon) : null,
    };

    /// <summary>A household when the row gives its size or head; its other cells alone describe nobody.</summary>
    private static Household? HouseholdOf(CsvCells c)
    {
        var groups = c.Flags<SpecialGroups>(C.SpecialGroups);
        var registration = c.OptionalEnum<SecondAddressRegistration>(C.SecondAddressRegistration) ?? SecondAddressRegistration.NotRegistered;
        if (c.IsEmpty(C.HouseholdSize) && c.IsEmpty(C.HeadOfHousehold))
        {
            return c.IsEmpty(C.SpecialGroups) && c.IsEmpty(C.SecondAddressRegistration)
                ? null
                : c.Fail<Household?>(C.HouseholdSize, $"{C.SpecialGroups} and {C.SecondAddressRegistration} describe a household: give its {C.HouseholdSize} and {C.HeadOfHousehold} too.", null);
        }

        return c.IsEmpty(C.HouseholdSize)
            ? c.Fail<Household?>(C.HouseholdSize, $"{C.HouseholdSize} is required when the row has a household.", null)
            : new Household(c.Int(C.HouseholdSize), c.Text(C.HeadOfHousehold), groups, registration);
    }
}
