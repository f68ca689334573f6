using Anju.Errors;
using Anju.Money;

namespace Anju.Tests.Rules;

/// <summary>The commercial units' rules: pro rata rent for part months, no overlapping leases on a unit, rent received up
/// to what is outstanding, taxes up to what was received, and the net remitted in full only.</summary>
public class CommercialRulesTests
{
    private static CommercialLease Lease(string id, string unit, DateOnly start, DateOnly end, decimal rent = 3_100m) =>
        new(id, unit, "便利店", start, end, rent);

    [Theory]
    [InlineData(2026, 11, 1, 2027, 10, 31, "2026-11", 3_100.00)] // a whole month: the monthly rent
    [InlineData(2026, 11, 16, 2027, 10, 31, "2026-11", 1_550.00)] // 15 of 30 days
    [InlineData(2026, 12, 10, 2027, 10, 31, "2026-12", 2_200.00)] // 22 of 31 days
    [InlineData(2026, 1, 1, 2027, 2, 14, "2027-02", 1_550.00)] // 14 of 28 days
    [InlineData(2027, 11, 1, 2028, 2, 10, "2028-02", 1_068.97)] // 10 of 29 days (leap year): 1,068.9655… to the fen
    [InlineData(2026, 11, 30, 2026, 12, 1, "2026-12", 100.00)] // 1 of 31 days
    [InlineData(2026, 11, 1, 2026, 11, 30, "2026-12", 0)] // not in force
    public void A_part_month_is_billed_pro_rata_by_days_rounded_to_the_fen_once(int y1, int m1, int d1, int y2, int m2, int d2, string month, double rent)
    {
        var lease = Lease("L1", "S1", new(y1, m1, d1), new(y2, m2, d2));
        Assert.Equal((decimal)rent, CommercialRules.Rent(lease, month));
    }

    [Fact]
    public void An_early_end_shortens_the_last_month()
    {
        var lease = Lease("L1", "S1", new(2026, 1, 1), new(2027, 12, 31)) with { EndedOn = new DateOnly(2026, 11, 10) };
        Assert.Equal(1_033.33m, CommercialRules.Rent(lease, "2026-11"));
        Assert.Equal(0m, CommercialRules.Rent(lease, "2026-12"));
    }

    [Fact]
    public void A_month_bills_every_lease_in_force_and_its_totals_are_sums_of_its_lines()
    {
        List<CommercialLease> leases =
        [
            Lease("L1", "S1", new(2026, 1, 1), new(2027, 12, 31), 4_000m),
            Lease("L2", "S2", new(2026, 11, 11), new(2027, 12, 31), 1_999.99m),
            Lease("L3", "S3", new(2025, 1, 1), new(2026, 10, 31)),
        ];

        var month = CommercialRules.Bill("2026-11", leases);

        Assert.Equal(["L1", "L2"], month.Bills.Select(b => b.LeaseId));
        Assert.Equal([4_000m, 1_333.33m], month.Bills.Select(b => b.Billed));
        Assert.Equal(month.Bills.Sum(b => b.Billed), month.Billed);
        Assert.Equal((0m, 0m, 0m), (month.Received, month.NetIncome, month.Remitted));
    }

    [Fact]
    public void Leases_of_one_unit_may_not_share_a_day()
    {
        var first = Lease("L1", "S1", new(2026, 1, 1), new(2026, 12, 31));
        Assert.True(CommercialRules.Overlap(first, Lease("L2", "S1", new(2026, 12, 31), new(2027, 12, 31))));
        Assert.True(CommercialRules.Overlap(first, Lease("L2", "S1", new(2025, 1, 1), new(2026, 1, 1))));
        Assert.False(CommercialRules.Overlap(first, Lease("L2", "S1", new(2027, 1, 1), new(2027, 12, 31))));
        Assert.False(CommercialRules.Overlap(first, Lease("L2", "S2", new(2026, 6, 1), new(2027, 12, 31))));
        Assert.False(CommercialRules.Overlap(first with { EndedOn = new DateOnly(2026, 5, 31) }, Lease("L2", "S1", new(2026, 6, 1), new(2027, 12, 31))));
    }

    [Fact]
    public void Rent_received_taxes_and_remittance_follow_the_money_and_only_the_whole_net_is_remitted()
    {
        var month = CommercialRules.Bill("2026-11", [Lease("L1", "S1", new(2026, 1, 1), new(2027, 12, 31), 4_000m)]);

        Assert.Equal("amount", Assert.Throws<ValidationException>(() => CommercialRules.Receive(month, "L1", 4_000.01m)).Field);
        Assert.Equal("leaseId", Assert.Throws<ValidationException>(() => CommercialRules.Receive(month, "L9", 1m)).Field);
        month = CommercialRules.Receive(month, "L1", 3_000m);
        Assert.Equal("amount", Assert.Throws<ValidationException>(() => CommercialRules.Tax(month, new("T1", 3_000.01m, null))).Field);
        month = CommercialRules.Tax(month, new("T1", 165.50m, null));
        Assert.Equal((3_000m, 165.50m, 2_834.50m, 1_000m), (month.Received, month.TaxesAndFees, month.NetIncome, month.Bills[0].Outstanding));

        Assert.Equal("amount", Assert.Throws<ValidationException>(() => CommercialRules.Remit(month, new("V1", 2_834.49m, new(2026, 12, 5)))).Field);
        Assert.Equal("amount", Assert.Throws<ValidationException>(() => CommercialRules.Remit(month, new("V1", 2_834.51m, new(2026, 12, 5)))).Field);
        month = CommercialRules.Remit(month, new("V1", 2_834.50m, new(2026, 12, 5)));
        Assert.Equal((0m, "V1"), (month.NotRemitted, month.VoucherRef));
        Assert.Throws<ConflictException>(() => CommercialRules.Remit(month, new("V2", 0.01m, new(2026, 12, 6))));

        month = CommercialRules.Receive(month, "L1", 1_000m); // the rest arrives late: remitted again, in full
        month = CommercialRules.Remit(month, new("V2", 1_000m, new(2026, 12, 20)));
        Assert.Equal((3_834.50m, 0m, "V2"), (month.Remitted, month.NotRemitted, month.VoucherRef));
        Assert.Equal(month.Remittances.Sum(r => r.Amount), month.Remitted);
    }

    [Fact]
    public void A_lease_needs_its_unit_a_term_in_order_and_a_sane_rent()
    {
        CommercialUnit[] units = [new("S1", "1號商舖", 45.5m, "retail")];
        Assert.Equal("unitId", Assert.Throws<ValidationException>(() => CommercialRules.Lease(Lease("L1", "S9", new(2026, 1, 1), new(2026, 12, 31)), units)).Field);
        Assert.Equal("end", Assert.Throws<ValidationException>(() => CommercialRules.Lease(Lease("L1", "S1", new(2026, 1, 1), new(2025, 12, 31)), units)).Field);
        Assert.Equal("start", Assert.Throws<ValidationException>(() => CommercialRules.Lease(Lease("L1", "S1", new(1999, 1, 1), new(2026, 12, 31)), units)).Field);
        Assert.Equal("monthlyRent", Assert.Throws<ValidationException>(() =>
            CommercialRules.Lease(Lease("L1", "S1", new(2026, 1, 1), new(2026, 12, 31), 200_000_000m), units)).Field);
        Assert.Equal("period", Assert.Throws<ValidationException>(() =>
            CommercialRules.Assessment(new OperatorAssessment("2026-13", 80, "", default, ""), "x", new(2026, 12, 7))).Field);
        Assert.Equal("score", Assert.Throws<ValidationException>(() =>
            CommercialRules.Assessment(new OperatorAssessment("2026-Q3", 101, "", default, ""), "x", new(2026, 12, 7))).Field);
    }
}
