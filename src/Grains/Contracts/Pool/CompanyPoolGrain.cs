using Anju.Common;
using Anju.Districts;
using Microsoft.Extensions.Options;

namespace Anju.Contracts.Pool;

/// <summary>The city's company pool and contract ranking (one grain, <see cref="Keys.CompanyPool"/>): admits, suspends and
/// removes companies with actor and reason, checks tenders against the pool, and keeps each contract's latest score line
/// as its scorecard reports it (newest version wins).</summary>
internal sealed class CompanyPoolGrain(
    [PersistentState("company-pool", StorageNames.Main)] IPersistentState<CompanyPoolState> state,
    TimeProvider clock,
    IOptions<ContractOptions> options) : Grain, ICompanyPoolGrain
{
    private SerialWrites<CompanyPoolState>? _writes;
    private long _version;

    private CompanyPoolState S => state.State;

    private SerialWrites<CompanyPoolState> Writes => _writes ??= new(state);

    public async Task<PoolCompany> AdmitAsync(PropertyCompany company, string? qualification, string actor)
    {
        var valid = PoolRules.Company(company);
        var who = Validate.Text("actor", actor, 100);
        var basis = string.IsNullOrWhiteSpace(qualification) ? null : Validate.Text("qualification", qualification, 200);
        if (S.Companies.TryGetValue(valid.CreditCode, out var held) && held.Standing == PoolStanding.Admitted)
        {
            return held.Company == valid && held.Qualification == basis ? held
                : throw new ConflictException($"Company {valid.CreditCode} is admitted already as {held.Company.Name} ({held.Qualification}).");
        }

        return await ChangeAsync(valid.CreditCode, new PoolCompany(valid, PoolStanding.Admitted, clock.GetUtcNow(), who) { Qualification = basis });
    }

    public async Task<PoolCompany> SetStandingAsync(string creditCode, PoolStanding standing, string reason, string actor)
    {
        var code = PoolRules.Code("creditCode", creditCode);
        if (!Enum.IsDefined(standing) || standing == PoolStanding.Admitted)
        {
            throw new ValidationException("standing", "standing must be Suspended or Removed (admit a company to bring it back).");
        }

        var why = Validate.Text("reason", reason, 500);
        var who = Validate.Text("actor", actor, 100);
        var held = S.Companies.GetValueOrDefault(code) ?? throw new NotFoundException("pool company", code);
        if (held.Standing == standing)
        {
            return held.Reason == why ? held : throw new ConflictException($"Company {code} is {standing} already, for another reason.");
        }

        if (held.Standing == PoolStanding.Removed)
        {
            throw new ConflictException($"Company {code} was removed from the pool; admit it again first.");
        }

        return await ChangeAsync(code, held with { Standing = standing, Since = clock.GetUtcNow(), Actor = who, Reason = why });
    }

    public Task CheckTenderAsync(PropertyCompany winner, TenderRecord tender)
    {
        PoolRules.CheckTender(S.Companies, winner, tender, options.Value.MinimumTenderCandidates);
        return Task.CompletedTask;
    }

    public Task CheckAdmittedAsync(string creditCode)
    {
        var code = PoolRules.Code("company.creditCode", creditCode);
        return PoolRules.Admitted(S.Companies, code) ? Task.CompletedTask
            : throw new ValidationException("company.creditCode", $"Company {code} is not admitted to the company pool (物業服務企業備選庫); admit it first.");
    }

    public async Task ReportScoreAsync(ContractScoreLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (S.Lines.TryGetValue(line.ContractId, out var held) && held.Version >= line.Version)
        {
            return;
        }

        S.Lines[line.ContractId] = line;
        await Writes.WriteAsync();
    }

    public Task<PoolView> GetAsync()
    {
        _version = Rollups.NextVersion(_version, clock.GetUtcNow());
        var lines = S.Lines.Values.ToList();
        var companies = S.Companies.Values.OrderBy(c => c.Standing).ThenBy(c => c.Company.CreditCode, StringComparer.Ordinal)
            .Select(c => PoolRules.CompanyView(c, lines)).ToList();
        return Task.FromResult(new PoolView(_version, companies, PoolRules.Ranking(lines)));
    }

    public Task<PoolCompanyView> GetCompanyAsync(string creditCode)
    {
        var code = PoolRules.Code("creditCode", creditCode);
        var company = S.Companies.GetValueOrDefault(code) ?? throw new NotFoundException("pool company", code);
        return Task.FromResult(PoolRules.CompanyView(company, S.Lines.Values));
    }

    /// <summary>Stores a company's new entry; acknowledged only once durable, and put back as it was when the write fails.</summary>
    private async Task<PoolCompany> ChangeAsync(string code, PoolCompany next)
    {
        var before = S.Companies.GetValueOrDefault(code);
        S.Companies[code] = next;
        try
        {
            await Writes.WriteAsync();
        }
        catch
        {
            if (before is null)
            {
                S.Companies.Remove(code);
            }
            else
            {
                S.Companies[code] = before;
            }

            throw;
        }

        return next;
    }
}
