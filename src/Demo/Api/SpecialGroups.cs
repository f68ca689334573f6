namespace Anju.Demo.Api;

/// <summary>Special groups (特殊群體, §4.2) as the API spells them; a household may belong to several.</summary>
[Flags]
public enum SpecialGroups
{
    None = 0,
    MinimumLivingAllowance = 1,
    LowIncome = 2,
    Disability = 4,
    IntellectualDisability = 8,
    MentalIllness = 16,
    ElderlyLivingAlone = 32,
}
