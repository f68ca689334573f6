using System.Security.Claims;
using Anju.Access;
using Anju.Access.Identity;
using Anju.Common;
using Anju.Errors;
using Anju.Money;
using Anju.Silo.Money;

namespace Anju.Silo.Api;

/// <summary>Income to the public-revenue account: <c>entryId</c> makes a repeat harmless, <c>receipt</c> is the receipt number.</summary>
public sealed record IncomeRequest(string? EntryId, string? Kind, decimal? Amount, string? On, string? Description, string? Receipt);

/// <summary>Spending against an approved item: approval reference and approver required. Spending against a work order is
/// not posted here: the order charges it when it closes with a cost and a cost category.</summary>
public sealed record SpendingRequest(
    string? EntryId, string? Category, decimal? Amount, string? On, string? Description, string? ApprovalRef, string? Approver, string? WorkOrderId);

/// <summary>An estate's public-revenue account (公共收益專户, §3.4): balance, month statements (JSON, CSV, Excel), income
/// and approved spending. The housing office reads and manages it; nobody else holds the permissions.</summary>
public static class AccountEndpoints
{
    public static RouteGroupBuilder MapAccountEndpoints(this RouteGroupBuilder api)
    {
        var account = api.MapGroup("/estates/{estateId}/account").WithTags("Accounts");
        account.MapGet("/", (string estateId, IGrainFactory g) => Account(g, estateId).GetAsync())
            .Allow(Permission.ReadAccounts, ScopeFrom.Estate())
            .WithSummary("The account as it stands: balance (below zero is a deficit), this month's income and spending, the newest entries.");
        account.MapGet("/statements/{month}", StatementAsync)
            .Allow(Permission.ReadAccounts, ScopeFrom.Estate())
            .WithSummary("A month's statement (yyyy-MM): opening, income and spending by category, closing = opening + income − spending, "
                + "the entries; ?format=csv or ?format=xlsx for a file.");
        account.MapPost("/income", (string estateId, IncomeRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
            {
                var b = body ?? throw new ValidationException("body", "A JSON body is required.");
                return Account(g, estateId).RecordIncomeAsync(Parse.Enum<PublicIncomeKind>("kind", b.Kind),
                    new AccountEntry(MoneyChecks.EntryId("entryId", b.EntryId), AccountEntryKind.Income, "", MoneyChecks.Amount("amount", b.Amount),
                        MoneyChecks.Day("on", b.On), b.Description ?? "") { Reference = b.Receipt }, user.Actor());
            })
            .Allow(Permission.ManageAccounts, ScopeFrom.Estate())
            .WithSummary("Record income {entryId, kind (Advertising, Parking, VenueUse, Other), amount, on, receipt, description?}; "
                + "a repeat is harmless, the same entryId with other content is 409.");
        account.MapPost("/spending", (string estateId, SpendingRequest? body, ClaimsPrincipal user, IGrainFactory g) =>
            {
                var b = body ?? throw new ValidationException("body", "A JSON body is required.");
                if (!string.IsNullOrEmpty(b.WorkOrderId))
                {
                    throw new ValidationException("workOrderId", "A work order's repair is charged by the order itself when it closes with a cost and a cost category.");
                }

                return Account(g, estateId).RecordApprovedSpendingAsync(
                    new AccountEntry(MoneyChecks.EntryId("entryId", b.EntryId), AccountEntryKind.ApprovedSpending, b.Category ?? "",
                        MoneyChecks.Amount("amount", b.Amount), MoneyChecks.Day("on", b.On), b.Description ?? "")
                    { Reference = b.ApprovalRef, Approver = b.Approver }, user.Actor());
            })
            .Allow(Permission.ManageAccounts, ScopeFrom.Estate())
            .WithSummary("Record spending against an approved item {entryId, category, amount, on, description, approvalRef, approver}; "
                + "without an approval it is refused (work orders charge themselves).");
        return api;
    }

    private static async Task<IResult> StatementAsync(string estateId, string month, IGrainFactory grains, HttpContext http, string? format = null)
    {
        var checkedMonth = MoneyChecks.Month("month", month);
        var kind = format?.ToLowerInvariant() switch
        {
            null or "" or "json" => "json",
            "csv" => "csv",
            "xlsx" => "xlsx",
            _ => throw new ValidationException("format", "format must be json, csv or xlsx."),
        };
        var statement = await Account(grains, estateId).GetStatementAsync(checkedMonth);
        var name = $"account-{statement.EstateId}-{statement.Month}";
        return kind switch
        {
            "csv" => Results.File(await Statements.CsvAsync(statement, http.RequestAborted), Statements.CsvType, $"{name}.csv"),
            "xlsx" => Results.File(Statements.Xlsx(statement), Statements.XlsxType, $"{name}.xlsx"),
            _ => Results.Ok(statement),
        };
    }

    private static IPublicAccountGrain Account(IGrainFactory grains, string estateId) =>
        grains.GetGrain<IPublicAccountGrain>(Keys.PublicAccount(Validate.Id("estateId", estateId)));
}
