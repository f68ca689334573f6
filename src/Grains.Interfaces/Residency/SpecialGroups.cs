namespace Anju.Residency;

/// <summary>Special groups (特殊群體, §4.2) a household belongs to. Personal data: shown only under
/// tiered query permissions (分級查詢權限) and every read is audited.</summary>
[Flags]
[GenerateSerializer]
public enum SpecialGroups
{
    /// <summary>None of the groups.</summary>
    None = 0,

    /// <summary>低保: receives the minimum living allowance.</summary>
    MinimumLivingAllowance = 1,

    /// <summary>低收入: low-income household.</summary>
    LowIncome = 2,

    /// <summary>殘障: a member with a disability.</summary>
    Disability = 4,

    /// <summary>智障: a member with an intellectual disability.</summary>
    IntellectualDisability = 8,

    /// <summary>精神病: a member with a mental illness.</summary>
    MentalIllness = 16,

    /// <summary>孤寡老人: elderly person living alone.</summary>
    ElderlyLivingAlone = 32,
}
