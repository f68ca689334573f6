using Anju.Dwellings;
using Anju.Estates;
using Anju.Residency;
using Anju.Silo.Import;
using static Anju.Tests.Import.ImportFile;

namespace Anju.Tests.Import;

/// <summary>The onboarding CSV read and checked without a cluster: parsing, agreement between rows, the grains' rules.</summary>
public sealed class CsvImportTests
{
    [Fact]
    public async Task A_good_file_becomes_one_plan_per_estate_with_its_structure()
    {
        var (plan, errors) = await CheckAsync(Of(
            Row("TH-0001", "1-1-0501"),
            Row("TH-0001", "1-1-0502", state: "Vacant"),
            Row("TH-0001", "2-1-0501", buildingId: "B2", buildingName: "2棟", gridId: "G2", gridName: "第2網格", tenure: "Economy", ownedShare: "0.7"),
            Row("HZ-0001", "1-1-1201", estateName: "鷺江保障房", district: "HZ", street: "新港街", estateArea: "250000", zoneId: "Z1", zoneName: "一區"),
            Row("HZ-0001", "1-1-1202", estateName: "鷺江保障房", district: "HZ", street: "新港街", estateArea: "250000", zoneId: "Z1", zoneName: "一區", state: "Allocated")));

        Assert.Empty(errors);
        Assert.Equal(new ImportResult(2, 1, 3, 3, 5, 0), plan.Result(0));
        var estate = plan.Estates["TH-0001"];
        Assert.Equal(new RegisterEstate("棠德花苑", "TH", "棠下街", 52_000), estate.Registration);
        var occupied = estate.Dwellings["1-1-0501"].Command;
        Assert.Equal(OccupancyState.Occupied, occupied.InitialState);
        Assert.Equal(new Household(3, "H-1-1-0501", SpecialGroups.MinimumLivingAllowance | SpecialGroups.ElderlyLivingAlone, SecondAddressRegistration.Registered), occupied.Household);
        Assert.Equal(new DateOnly(2025, 9, 1), occupied.LastReviewedOn);
        Assert.Null(estate.Dwellings["1-1-0502"].Command.Household);
        Assert.Equal(0.7m, estate.Dwellings["2-1-0501"].Command.OwnedShare);
        Assert.Equal("Z1", plan.Estates["HZ-0001"].Grids["G1"].Command.ZoneId);
    }

    [Fact]
    public async Task The_optional_location_columns_place_the_estate_and_a_file_without_them_places_none()
    {
        var (plan, errors) = await CheckAsync(Located(
            (Row("TH-0001", "1-1-0501"), "23.1291", "113.2644"),
            (Row("TH-0001", "1-1-0502"), "23.1291", "113.2644"),
            (Row("HZ-0001", "1-1-1201", estateName: "鷺江保障房", district: "HZ", street: "新港街"), "", "")));

        Assert.Empty(errors);
        Assert.Equal(new GeoPoint(23.1291, 113.2644), plan.Estates["TH-0001"].Location);
        Assert.Null(plan.Estates["HZ-0001"].Location);
        Assert.Null((await CheckAsync(Of(Row("TH-0001", "1-1-0501")))).Plan.Estates["TH-0001"].Location);
    }

    [Theory]
    [InlineData("23.1291", "", "estateLong")]
    [InlineData("", "113.2644", "estateLat")]
    [InlineData("95", "113.2644", "estateLat")]
    [InlineData("23.1291", "190", "estateLong")]
    [InlineData("north", "113.2644", "estateLat")]
    public async Task A_location_that_is_half_given_or_off_the_globe_is_reported_at_its_column(string lat, string lon, string column)
    {
        var (_, errors) = await CheckAsync(Located((Row("TH-0001", "1-1-0501"), lat, lon)));

        var error = Assert.Single(errors);
        Assert.Equal((2, column), (error.Row, error.Field));
    }

    [Fact]
    public async Task Rows_of_one_estate_that_place_it_differently_are_reported_at_the_later_row()
    {
        var (_, errors) = await CheckAsync(Located(
            (Row("TH-0001", "1-1-0501"), "23.1291", "113.2644"),
            (Row("TH-0001", "1-1-0502"), "23.1300", "113.2644")));

        var error = Assert.Single(errors);
        Assert.Equal((3, "estateLat"), (error.Row, error.Field));
    }

    [Theory]
    [InlineData("floorArea", "abc")]
    [InlineData("floor", "5.5")]
    [InlineData("lastReviewedOn", "01/09/2025")]
    [InlineData("estateFloorArea", "")]
    public async Task A_cell_of_the_wrong_type_is_reported_with_its_row_and_column(string column, string value)
    {
        var bad = column switch
        {
            "floorArea" => Row("TH-0001", "1-1-0502", floorArea: value),
            "floor" => Row("TH-0001", "1-1-0502", floor: value),
            "lastReviewedOn" => Row("TH-0001", "1-1-0502", lastReviewedOn: value),
            _ => Row("TH-0001", "1-1-0502", estateArea: value),
        };

        var (_, errors) = await CheckAsync(Of(Row("TH-0001", "1-1-0501"), bad, Row("TH-0001", "1-1-0503")));

        var error = Assert.Single(errors);
        Assert.Equal((3, column), (error.Row, error.Field));
        Assert.Contains(column, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("estateName", "別的名字")]
    [InlineData("street", "獵德街")]
    [InlineData("estateFloorArea", "52001")]
    public async Task An_estate_repeated_with_other_details_is_an_error_at_the_later_row(string column, string value)
    {
        var second = column switch
        {
            "estateName" => Row("TH-0001", "1-1-0502", estateName: value),
            "street" => Row("TH-0001", "1-1-0502", street: value),
            _ => Row("TH-0001", "1-1-0502", estateArea: value),
        };

        var (_, errors) = await CheckAsync(Of(Row("TH-0001", "1-1-0501"), second));

        var error = Assert.Single(errors);
        Assert.Equal((3, column), (error.Row, error.Field));
        Assert.Contains("row 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_building_repeated_in_another_grid_and_a_repeated_dwelling_are_errors()
    {
        var (_, errors) = await CheckAsync(Of(
            Row("TH-0001", "1-1-0501"),
            Row("TH-0001", "1-1-0502", gridId: "G2"),
            Row("TH-0001", "1-1-0501", floor: "6")));

        Assert.Equal([(3, "gridId"), (4, "dwellingId")], errors.Select(e => (e.Row, e.Field)).Order());
    }

    [Theory]
    [InlineData("Palace", "", "tenure")]
    [InlineData("Economy", "", "ownedShare")]
    [InlineData("LimitedPrice", "1.5", "ownedShare")]
    [InlineData("LimitedPrice", "0", "ownedShare")]
    [InlineData("PublicRental", "0.5", "ownedShare")]
    [InlineData("LowRent", "x", "ownedShare")]
    public async Task Bad_tenure_or_owned_share_is_refused(string tenure, string share, string field)
    {
        var (_, errors) = await CheckAsync(Of(Row("TH-0001", "1-1-0501", tenure: tenure, ownedShare: share)));

        var error = Assert.Single(errors);
        Assert.Equal((2, field), (error.Row, error.Field));
    }

    [Theory]
    [InlineData("Vacant")]
    [InlineData("UnderRepair")]
    [InlineData("Vacated")]
    public async Task A_household_on_a_dwelling_nobody_lives_in_is_refused(string state)
    {
        var (_, errors) = await CheckAsync(Of(Row("TH-0001", "1-1-0501", state: state, household: "2,H-000123,,Registered")));

        var error = Assert.Single(errors);
        Assert.Equal((2, "initialState"), (error.Row, error.Field));
        Assert.Contains("no household", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0,H-000123,,", "householdSize")]
    [InlineData("3,張三,,", "headOfHousehold")]
    [InlineData("3,H-000123,Rich,", "specialGroups")]
    [InlineData(",H-000123,,", "householdSize")]
    [InlineData(",,LowIncome,", "householdSize")]
    public async Task A_bad_household_is_refused_naming_its_column(string household, string field)
    {
        var (_, errors) = await CheckAsync(Of(Row("TH-0001", "1-1-0501", household: household)));

        Assert.Equal((2, field), Assert.Single(errors) is var e ? (e.Row, e.Field) : default);
    }

    [Fact]
    public async Task The_structure_rules_of_the_grains_apply()
    {
        var (_, errors) = await CheckAsync(Of(
            Row("TH-0001", "1-1-0501", zoneId: "Z1", zoneName: "一區"),
            Row("TH-0002", "1-1-3501", floor: "35"),
            Row("TH-0003", "1-1-0501", district: "XX"),
            Row("TH-0004", "1-1-0501", lastReviewedOn: "2027-01-01")));

        Assert.Equal([(2, "zoneId"), (3, "floor"), (4, "district"), (5, "lastReviewedOn")], errors.Select(e => (e.Row, e.Field)).Order());
    }

    [Fact]
    public async Task A_header_without_every_column_is_refused_before_any_row()
    {
        var (plan, errors) = await CheckAsync(Header.Replace(",tenure", ",tenures", StringComparison.Ordinal) + "\n" + Row("TH-0001", "1-1-0501") + "\n");

        Assert.Equal(["tenure", "tenures"], errors.Select(e => e.Field).Order());
        Assert.All(errors, e => Assert.Equal(1, e.Row));
        Assert.Empty(plan.Estates);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var (_, errors) = await CheckAsync("");
        Assert.Equal("header", Assert.Single(errors).Field);
        (_, errors) = await CheckAsync(Header + "\n");
        Assert.Equal("header", Assert.Single(errors).Field);
    }
}
