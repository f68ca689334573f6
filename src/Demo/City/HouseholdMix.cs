using Anju.Demo.Api;

namespace Anju.Demo.City;

/// <summary>
/// Households of a demo city. Sizes 1–6 (mostly 2–4); special groups (§4.2) at low rates — 低保 about 5 %
/// overall (far more in low-rent flats, which exist for them), low income about 8 %, disability 3 %,
/// intellectual disability and mental illness under 1 %, elderly living alone about 4 % (a quarter of
/// one-person households); most households registered at their second address (§4.1). The rates are
/// demo figures, not statistics.
/// </summary>
public sealed class HouseholdMix
{
    private static readonly WeightedChoice<int> Sizes = new((1, 16), (2, 24), (3, 30), (4, 18), (5, 8), (6, 4));

    private static readonly WeightedChoice<SecondAddressRegistration> Registrations = new(
        (SecondAddressRegistration.Registered, 70), (SecondAddressRegistration.Pending, 10), (SecondAddressRegistration.NotRegistered, 20));

    private int _heads;

    public CityHousehold Draw(Random random, TenureType tenure)
    {
        var size = Sizes.Pick(random);
        var lowRent = tenure == TenureType.LowRent;
        var groups = SpecialGroups.None;
        groups |= Flag(random, lowRent ? 0.25 : 0.025, SpecialGroups.MinimumLivingAllowance);
        groups |= Flag(random, lowRent ? 0.30 : 0.05, SpecialGroups.LowIncome);
        groups |= Flag(random, 0.03, SpecialGroups.Disability);
        groups |= Flag(random, 0.008, SpecialGroups.IntellectualDisability);
        groups |= Flag(random, 0.006, SpecialGroups.MentalIllness);
        groups |= Flag(random, size == 1 ? 0.25 : 0, SpecialGroups.ElderlyLivingAlone);
        return new CityHousehold(size, $"H-{++_heads:D6}", groups, Registrations.Pick(random));
    }

    private static SpecialGroups Flag(Random random, double rate, SpecialGroups group) =>
        random.NextDouble() < rate ? group : SpecialGroups.None;
}
