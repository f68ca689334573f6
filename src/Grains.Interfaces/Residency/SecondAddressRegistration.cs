namespace Anju.Residency;

/// <summary>Where the household stands with second-address registration (第二住址登記, §4.1):
/// residents who keep their hukou elsewhere are registered by the local police at this address.</summary>
[GenerateSerializer]
public enum SecondAddressRegistration
{
    /// <summary>Not registered (or not needed yet).</summary>
    NotRegistered = 0,

    /// <summary>Information collected, registration with the police under way.</summary>
    Pending = 1,

    /// <summary>Registered with the police and forwarded to the hukou place.</summary>
    Registered = 2,
}
