using Anju.Access;
using Anju.Facilities;

namespace Anju.Tests.Access;

/// <summary>Who verifies a repair and where a reported fault comes from, decided from posts alone (pure).</summary>
public sealed class WorkOrderRulesTests
{
    private static readonly Place InG1 = new Place("TH", "棠下街", "TH-0001").InGrid("G1", null) with { Contracts = [new ContractCover("HT-1", null)] };

    [Fact]
    public void The_housing_office_and_grid_staff_verify_in_their_capacity()
    {
        Assert.Equal(VerifierRole.HousingOffice, WorkOrderRules.VerifierAt([new(Role.HousingOffice, ScopeKind.District, "TH")], InG1, "ho", "someone"));
        Assert.Equal(VerifierRole.GridStaff, WorkOrderRules.VerifierAt([new(Role.GridStaff, ScopeKind.Grid, "TH-0001/G1")], InG1, "gs", "someone"));
        Assert.Null(WorkOrderRules.VerifierAt([new(Role.GridStaff, ScopeKind.Grid, "TH-0001/G2")], InG1, "gs", "someone"));
    }

    [Fact]
    public void The_reporter_verifies_their_own_report_but_the_company_never_does()
    {
        Assert.Equal(VerifierRole.Reporter, WorkOrderRules.VerifierAt([new(Role.StreetOffice, ScopeKind.Street, "TH/棠下街")], InG1, "street", "street"));
        Assert.Null(WorkOrderRules.VerifierAt([new(Role.StreetOffice, ScopeKind.Street, "TH/棠下街")], InG1, "street", "someone else"));
        Assert.Null(WorkOrderRules.VerifierAt([new(Role.PropertyCompany, ScopeKind.Contract, "HT-1")], InG1, "company", "company"));
    }

    [Fact]
    public void A_fault_comes_from_the_narrowest_post_that_reports_it()
    {
        Assert.Equal(FaultSource.GridStaff, WorkOrderRules.SourceAt([new(Role.GridStaff, ScopeKind.Grid, "TH-0001/G1"), new(Role.CityOperator, ScopeKind.City, "")], InG1));
        Assert.Equal(FaultSource.SecurityDesk, WorkOrderRules.SourceAt([new(Role.SecuritySupervisor, ScopeKind.Estate, "TH-0001")], InG1));
        Assert.Equal(FaultSource.PropertyCompany, WorkOrderRules.SourceAt([new(Role.PropertyCompany, ScopeKind.Contract, "HT-1")], InG1));
        Assert.Equal(FaultSource.Resident, WorkOrderRules.SourceAt([new(Role.StreetOffice, ScopeKind.Street, "TH/棠下街")], InG1));
    }
}
