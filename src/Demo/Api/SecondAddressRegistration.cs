namespace Anju.Demo.Api;

/// <summary>Second-address registration (第二住址登記, §4.1) as the API spells it.</summary>
public enum SecondAddressRegistration
{
    NotRegistered,
    Pending,
    Registered,
}
