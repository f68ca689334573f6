namespace Anju.Access;

/// <summary>How personal data looks to a role not entitled to it: enough to tell records apart on a screen,
/// not enough to identify anyone (張**, 138****5678, z***@example.com).</summary>
public static class Masks
{
    /// <summary>A person's name: its first character, then one star per remaining character (at least two).</summary>
    public static string? Name(string? name) =>
        string.IsNullOrEmpty(name) ? name : string.Concat(FirstChar(name), new string('*', Math.Max(2, new System.Globalization.StringInfo(name).LengthInTextElements - 1)));

    /// <summary>A phone number: the first three and last four digits of an 11-digit mobile, else the last two.</summary>
    public static string? Phone(string? phone)
    {
        if (string.IsNullOrEmpty(phone))
        {
            return phone;
        }

        var digits = new string([.. phone.Where(char.IsAsciiDigit)]);
        return digits.Length >= 11
            ? $"{digits[..3]}****{digits[^4..]}"
            : digits.Length > 2 ? $"{new string('*', digits.Length - 2)}{digits[^2..]}" : "****";
    }

    /// <summary>An e-mail address: the first character of the mailbox, then the domain.</summary>
    public static string? Email(string? email)
    {
        if (string.IsNullOrEmpty(email))
        {
            return email;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 ? $"{email[0]}***{email[at..]}" : "***";
    }

    /// <summary>A person reference or an identity number: the first two and last two characters.</summary>
    public static string? Reference(string? reference) =>
        string.IsNullOrEmpty(reference) ? reference
        : reference.Length <= 4 ? "****"
        : $"{reference[..2]}{new string('*', reference.Length - 4)}{reference[^2..]}";

    private static string FirstChar(string text) => System.Globalization.StringInfo.GetNextTextElement(text, 0);
}
