namespace Anju.Access;

/// <summary>The kinds of personal data a payload can carry, each unmasked only by its permission.</summary>
public enum PersonalKind
{
    /// <summary>A name, a person reference or an identity number (<see cref="Permission.SeeContacts"/>).</summary>
    Identity,

    /// <summary>A phone number or an e-mail address (<see cref="Permission.SeeContacts"/>).</summary>
    Contact,

    /// <summary>Special-group flags and details (<see cref="Permission.SeeSpecialGroups"/>).</summary>
    SpecialGroup,
}
