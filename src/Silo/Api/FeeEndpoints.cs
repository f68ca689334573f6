using System.Security.Claims;
using Anju.Access;
using Anju.Access.Identity;
using Anju.Common;
using Anju.Errors;
using Anju.Estates;
using Anju.Money;
using Anju.Silo.Access;
using Anju.Silo.Money;

namespace Anju.Silo.Api;

/// <summary>A household's payment: every field nullable so a missing one is reported by name.</summary>
public sealed record FeePaymentRequest(string? PaymentId, string? DwellingId, decimal? Amount, DateOnly? PaidOn);

/// <summary>What a recorded payment answers: the dwelling's line and the month's totals after it.</summary>
public sealed record FeePaymentAnswer(string Month, FeePayment Payment, FeeLine Line, FeeTotals Totals, long Version);

/// <summary>Property-service fee billing and the subsidy (§6.2): a contract's months, the monthly run, payments, reports
/// (JSON, CSV, Excel), and the city's or a district's month per contract. The housing office bills and reads; a property
/// company bills and reads its own contract's; city and district operators hold no fee permission.</summary>
public static class FeeEndpoints
{
    public static RouteGroupBuilder MapFeeEndpoints(this RouteGroupBuilder api)
    {
        var fees = api.MapGroup("/contracts/{contractId}/fees").WithTags("Fees");
        fees.MapGet("/", (string contractId, IGrainFactory g) => Ledger(g, contractId).GetAsync())
            .Allow(Permission.ReadFees, ObjectScopes.ContractWithCompany)
            .WithSummary("A contract's billing: every month billed with its totals, and the month open to payments.");
        fees.MapGet("/{month}", MonthAsync)
            .Allow(Permission.ReadFees, ObjectScopes.ContractWithCompany)
            .WithSummary("A contract month: lines (payer, fee, share, subsidy, brought forward, paid, released, outstanding, withheld), payments "
                + "and totals. ?format=csv or ?format=xlsx for the report (Chinese headers with the English name, a totals row).");
        fees.MapPost("/{month}/run", (string contractId, string month, ClaimsPrincipal user, IGrainFactory g) =>
                Ledger(g, contractId).RunMonthAsync(MoneyChecks.Month("month", month), user.Actor()))
            .Allow(Permission.BillFees, ObjectScopes.ContractWithCompany)
            .WithSummary("Bill a month (yyyy-MM) for every dwelling the contract serves; the first any month in the term, later ones in order. "
                + "Billing closes the previous month and brings its arrears forward. Re-running a billed month answers it unchanged.");
        fees.MapPost("/payments", PayAsync)
            .Allow(Permission.BillFees, ObjectScopes.ContractWithCompany)
            .WithSummary("Record a household's payment {paymentId, dwellingId, amount, paidOn} against the open month: the oldest month owed "
                + "is settled first, and a month's subsidy is released once its share is paid in full. A repeated paymentId is harmless; other content is 409.");

        var city = api.MapGroup("/fees").WithTags("Fees");
        city.MapGet("/months/{month}", (string month, IGrainFactory g) => CityMonth(g, month).GetAsync(null))
            .Allow(Permission.ReadFees, ScopeFrom.City)
            .WithSummary("A month across the city: each contract's totals (subsidy due, released, withheld, outstanding) and their sums.");
        city.MapGet("/districts/{code}/months/{month}", (string code, string month, IGrainFactory g) =>
                CityMonth(g, month).GetAsync(DistrictCodes.IsKnown(code) ? code : throw new NotFoundException($"No district '{code}'.")))
            .Allow(Permission.ReadFees, ScopeFrom.District("code"))
            .WithSummary("A month in one district: each contract's totals and their sums.");
        return api;
    }

    private static async Task<IResult> MonthAsync(string contractId, string month, string? format, IGrainFactory grains)
    {
        var valid = MoneyChecks.Month("month", month);
        var kind = format?.ToLowerInvariant() switch
        {
            null or "" or "json" => "json",
            "csv" => "csv",
            "xlsx" => "xlsx",
            _ => throw new ValidationException("format", "format must be json, csv or xlsx."),
        };
        var view = await grains.GetGrain<IFeeMonthGrain>(Keys.FeeMonth(Validate.Id("contractId", contractId), valid)).GetAsync();
        return kind switch
        {
            "csv" => Results.File(FeeReports.Csv(view), "text/csv; charset=utf-8", FeeReports.FileName(view, "csv")),
            "xlsx" => Results.File(FeeReports.Workbook(view, await EstateNameAsync(grains, view.EstateId)),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FeeReports.FileName(view, "xlsx")),
            _ => Results.Ok(view),
        };
    }

    private static async Task<FeePaymentAnswer> PayAsync(string contractId, FeePaymentRequest? body, ClaimsPrincipal user, IGrainFactory grains)
    {
        var b = EstateEndpoints.Body(body);
        var payment = new FeePayment(
            Parse.Required("paymentId", b.PaymentId),
            Parse.Required("dwellingId", b.DwellingId),
            Parse.Required("amount", b.Amount),
            Parse.Required("paidOn", b.PaidOn));
        var month = await Ledger(grains, contractId).RecordPaymentAsync(payment, user.Actor());
        var recorded = month.Payments.LastOrDefault(p => p.PaymentId == payment.PaymentId) ?? payment;
        return new FeePaymentAnswer(month.Month, recorded, month.Lines.First(l => l.DwellingId == recorded.DwellingId), month.Totals, month.Version);
    }

    private static async Task<string?> EstateNameAsync(IGrainFactory grains, string? estateId)
    {
        if (estateId is null)
        {
            return null;
        }

        try
        {
            return (await grains.GetGrain<IEstateGrain>(Keys.Estate(estateId)).GetStatusAsync()).Profile.Name;
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    private static IFeeLedgerGrain Ledger(IGrainFactory grains, string contractId) =>
        grains.GetGrain<IFeeLedgerGrain>(Keys.FeeLedger(Validate.Id("contractId", contractId)));

    private static IFeeCityMonthGrain CityMonth(IGrainFactory grains, string month) =>
        grains.GetGrain<IFeeCityMonthGrain>(Keys.FeeCityMonth(MoneyChecks.Month("month", month)));
}
