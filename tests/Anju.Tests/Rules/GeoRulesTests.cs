using Anju.Errors;
using Anju.Estates;

namespace Anju.Tests.Rules;

public class GeoRulesTests
{
    private static readonly GeoPoint Tower = new(23.1064, 113.3245); // 廣州塔

    [Fact]
    public void A_degree_of_latitude_is_about_111_km_and_a_point_is_0_m_from_itself()
    {
        Assert.InRange(GeoRules.DistanceMetres(new GeoPoint(23, 113), new GeoPoint(24, 113)), 111_000, 111_400);
        Assert.Equal(0, GeoRules.DistanceMetres(Tower, Tower), 6);
        // A degree of longitude shrinks with the cosine of the latitude: about 102 km at Guangzhou's.
        Assert.InRange(GeoRules.DistanceMetres(new GeoPoint(23.1, 113), new GeoPoint(23.1, 114)), 102_000, 102_700);
    }

    [Fact]
    public void A_position_falls_to_the_nearest_estate_within_the_limit_and_to_none_beyond_it()
    {
        (string, GeoPoint)[] estates = [("TH-0002", new GeoPoint(23.1100, 113.3245)), ("TH-0001", new GeoPoint(23.1070, 113.3245)), ("HZ-0001", new GeoPoint(23.2000, 113.3245))];

        var nearest = GeoRules.Nearest(estates, Tower, withinMetres: 1_000);
        Assert.Equal("TH-0001", nearest?.EstateId);
        Assert.InRange(nearest!.Value.Metres, 60, 75);
        Assert.Null(GeoRules.Nearest(estates, new GeoPoint(23.5, 113.8), withinMetres: 1_000));
        Assert.Null(GeoRules.Nearest([], Tower, withinMetres: 1_000));
    }

    [Fact]
    public void Two_estates_at_the_same_distance_go_to_the_lower_id_whatever_their_order()
    {
        (string, GeoPoint)[] estates = [("TH-0009", new GeoPoint(23.1064, 113.3255)), ("TH-0003", new GeoPoint(23.1064, 113.3235))];
        Assert.Equal("TH-0003", GeoRules.Nearest(estates, Tower, 1_000)?.EstateId);
        Assert.Equal("TH-0003", GeoRules.Nearest(estates.Reverse(), Tower, 1_000)?.EstateId);
    }

    [Theory]
    [InlineData(91, 113, "lat")]
    [InlineData(-90.5, 113, "lat")]
    [InlineData(double.NaN, 113, "lat")]
    [InlineData(23, 180.5, "long")]
    [InlineData(23, double.PositiveInfinity, "long")]
    public void A_point_off_the_globe_is_refused_naming_its_field(double lat, double lon, string field) =>
        Assert.Equal(field, Assert.Throws<ValidationException>(() => GeoRules.Validate(new GeoPoint(lat, lon))).Field);
}
