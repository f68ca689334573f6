namespace Anju.Casework;

/// <summary>Checks on an agency service contract: an id, a name, 1–200 distinct estates, a term of at most ten years.</summary>
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

        return contract with
        {
            ContractId = Common.Validate.Id("contractId", contract.ContractId),
            AgencyName = Common.Validate.Text("agencyName", contract.AgencyName, 200),
            CreatedBy = Common.Validate.Text("actor", contract.CreatedBy, 100),
        };
    }

    /// <summary>True when the stored contract is the one registered again; other content under its id is a conflict.</summary>
    public static bool Same(AgencyContract existing, AgencyContract asked) =>
        existing.AgencyName == asked.AgencyName && existing.Start == asked.Start && existing.End == asked.End
        && existing.EstateIds.SequenceEqual(asked.EstateIds, StringComparer.Ordinal)
            ? true
            : throw new ConflictException($"Agency contract '{asked.ContractId}' already exists with other content.");
}
