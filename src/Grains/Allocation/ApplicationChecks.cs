using Anju.Common;

namespace Anju.Allocation;

/// <summary>The bounds of an application form and of the texts the waiting list takes; each failure names the field.</summary>
public static class ApplicationChecks
{
    /// <summary>The form, checked and trimmed.</summary>
    public static ApplicationForm Form(ApplicationForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var applicant = form.Applicant ?? throw new ValidationException("applicant", "applicant is required.");
        var phone = applicant.Phone is null ? null : Validate.Text("applicant.phone", applicant.Phone, 20);
        if (phone is not null && !phone.All(c => char.IsAsciiDigit(c) || c is '-' or '+' or ' '))
        {
            throw new ValidationException("applicant.phone", "applicant.phone must be digits (and - + or spaces).");
        }

        if (form.Priorities is null || form.Priorities.Any(p => !Enum.IsDefined(p)))
        {
            throw new ValidationException("priorities", "priorities must be known categories.");
        }

        return form with
        {
            ApplicationId = Validate.Id("applicationId", form.ApplicationId),
            Applicant = new Applicant(Validate.Text("applicant.name", applicant.Name, 50), Validate.Id("applicant.idNumber", applicant.IdNumber), phone),
            HouseholdSize = form.HouseholdSize is >= 1 and <= 20 ? form.HouseholdSize : throw new ValidationException("householdSize", "householdSize must be between 1 and 20."),
            IncomeBand = Enum.IsDefined(form.IncomeBand) ? form.IncomeBand : throw new ValidationException("incomeBand", "incomeBand is not a known band."),
            ResidenceYears = form.ResidenceYears is >= 0 and <= 120 ? form.ResidenceYears : throw new ValidationException("residenceYears", "residenceYears must be between 0 and 120."),
            HousingAreaPerPerson = double.IsFinite(form.HousingAreaPerPerson) && form.HousingAreaPerPerson is >= 0 and <= 1000 ? form.HousingAreaPerPerson
                : throw new ValidationException("housingAreaPerPerson", "housingAreaPerPerson must be between 0 and 1000 m²."),
            Priorities = [.. form.Priorities.Distinct().Order()],
            AppliedOn = Validate.Day("appliedOn", form.AppliedOn),
        };
    }

    /// <summary>A reason or objection text: required, at most 500 characters.</summary>
    public static string Reason(string field, string? text) => Validate.Text(field, text, 500);
}
