namespace Anju.Casework;

/// <summary>Checks on an agency service contract: an id, a name, 1–200 distinct estates, a term of at most ten years,
/// KPI targets in range (shares 0–1, intake days 1–365; the defaults when none are given).</summary>
internal static class AgencyContractRules
{
    public const int MaxEstates = 200;

    public static AgencyContract Validate(AgencyContract contract)
    {
        ArgumentNullException.ThrowIfNull(contract);
        var estates = contract.EstateIds ?? throw new ValidationException("estateIds", "estateIds is required.");
        if (estates.Count is 0 or > MaxEstates)
        {
            throw new ValidationException("estateIds", $"A contract serves 1 to {MaxEstates} estates.");
        }

        for (var i = 0; i < estates.Count; i++)
        {
            Common.Validate.Id($"estateIds[{i}]", estates[i]);
        }

        if (estates.Distinct(StringComparer.Ordinal).Count() != estates.Count)
        {
            throw new ValidationException("estateIds", "An estate is listed twice.");
        }

        Common.Validate.Day("term.start", contract.Start);
        Common.Validate.Day("term.end", contract.End);
        if (contract.End <= contract.Start || contract.End > contract.Start.AddYears(10))
        {
            throw new ValidationException("term.end", "The term must end after it starts and last at most ten years.");
        }

        var targets = contract.Targets ?? AgencyTargets.Default;
        if (!(targets.OnTimeShare is >= 0 and <= 1))
        {
            throw new ValidationException("targets.onTimeShare", "targets.onTimeShare is a share from 0 to 1.");
        }

        if (!(targets.PaidShare is >= 0 and <= 1))
        {
            throw new ValidationException("targets.paidShare", "targets.paidShare is a share from 0 to 1.");
        }

        if (!(targets.IntakeDays is >= 1 and <= 365))
        {
            throw new ValidationException("targets.intakeDays", "targets.intakeDays is 1 to 365 days.");
        }

        return contract with
        {
            Targets = targets,
            ContractId = Common.Validate.Id("contractId", contract.ContractId),
            AgencyName = Common.Validate.Text("agencyName", contract.AgencyName, 200),
            CreatedBy = Common.Validate.Text("actor", contract.CreatedBy, 100),
        };
    }

    /// <summary>True when <paramref name="day"/> (the city's) falls inside the contract's term, both ends included.</summary>
    public static bool InTerm(AgencyContract contract, DateOnly day) => day >= contract.Start && day <= contract.End;

    /// <summary>True when the stored contract is the one registered again; other content under its id is a conflict.</summary>
    public static bool Same(AgencyContract existing, AgencyContract asked) =>
        existing.AgencyName == asked.AgencyName && existing.Start == asked.Start && existing.End == asked.End
        && (existing.Targets ?? AgencyTargets.Default) == (asked.Targets ?? AgencyTargets.Default)
        && existing.EstateIds.SequenceEqual(asked.EstateIds, StringComparer.Ordinal)
            ? true
            : throw new ConflictException($"Agency contract '{asked.ContractId}' already exists with other content.");
}
