using Anju.Contracts;

namespace Anju.Estates;

/// <summary>Service zones (物業服務區域, §6.3): when an estate may have them, that each is served by exactly one
/// contract, and that one property-rights type stays with one property company.</summary>
internal static class ZoneRules
{
    /// <summary>True when an estate of <paramref name="estateFloorArea"/> m² may be split into zones: more than
    /// <see cref="ZoneOptions.MinimumEstateArea"/> (超過20萬平方米).</summary>
    public static bool MayHaveZones(double estateFloorArea, ZoneOptions options) => estateFloorArea > options.MinimumEstateArea;

    /// <summary>Throws a <see cref="ConflictException"/> when the estate is too small to have zones.</summary>
    public static void EnsureZonesAllowed(double estateFloorArea, ZoneOptions options)
    {
        if (!MayHaveZones(estateFloorArea, options))
        {
            throw new ConflictException($"Only estates over {options.MinimumEstateArea:N0} m² may be split into zones; this one has {estateFloorArea:N0} m².");
        }
    }

    /// <summary>The zones of <paramref name="zoneIds"/> not served by exactly one contract, in zone-id order.
    /// <paramref name="zoneByContract"/> maps each contract in force for a zone (contract id → zone id); contracts
    /// for the whole estate are not zone contracts and must be left out, as are contracts for zones not listed.</summary>
    public static IReadOnlyList<ZoneCoverageViolation> CoverageViolations(IEnumerable<string> zoneIds, IReadOnlyDictionary<string, string> zoneByContract)
    {
        var contractsByZone = zoneByContract.ToLookup(kv => kv.Value, kv => kv.Key, StringComparer.Ordinal);
        return
        [
            .. zoneIds.Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal)
                .Select(zone => new ZoneCoverageViolation(zone, [.. contractsByZone[zone].Order(StringComparer.Ordinal)]))
                .Where(v => v.ContractIds.Count != 1),
        ];
    }

    /// <summary>
    /// The property-rights types whose dwellings are served by more than one company, against §6.3
    /// (同一產權屬性的房屋應劃歸同一物業服務企業管理), in tenure order, each with its companies sorted.
    /// <paramref name="companyByZone"/> maps zone id → the serving company's key (its credit code);
    /// dwellings in a zone without a company yet cannot conflict and are skipped (<see cref="CoverageViolations"/>
    /// reports such zones). §6.3 makes the rule subject to planning permission (在規劃許可的前提下), so these are
    /// findings to show, not refusals.
    /// </summary>
    public static IReadOnlyList<TenureCompanyViolation> TenureViolations(IReadOnlyDictionary<string, string> companyByZone, IEnumerable<DwellingZoning> dwellings)
    {
        var companiesByTenure = new SortedDictionary<TenureType, SortedSet<string>>();
        foreach (var dwelling in dwellings)
        {
            if (!companyByZone.TryGetValue(dwelling.ZoneId, out var company))
            {
                continue;
            }

            if (!companiesByTenure.TryGetValue(dwelling.Tenure, out var companies))
            {
                companies = new SortedSet<string>(StringComparer.Ordinal);
                companiesByTenure[dwelling.Tenure] = companies;
            }

            companies.Add(company);
        }

        return [.. companiesByTenure.Where(kv => kv.Value.Count > 1).Select(kv => new TenureCompanyViolation(kv.Key, [.. kv.Value]))];
    }
}
