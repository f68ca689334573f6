using System.Text.Json.Serialization.Metadata;
using Anju.Casework;
using Anju.Dwellings;
using Anju.Grids;
using Anju.Incidents;
using Anju.Residency;
using Microsoft.AspNetCore.Http;

namespace Anju.Access;

/// <summary>
/// Every field of a payload that is personal data, written once, and the JSON contract modifier that masks
/// them on the way out unless the request's <see cref="PersonalView"/> shows their kind. Masking at
/// serialization means no endpoint or hub method can forget it: a new payload carrying one of these types is
/// masked too, and a new personal field is one line here.
/// </summary>
public static class PersonalFields
{
    private static readonly (Type Type, string Property, PersonalKind Kind, Func<string?, string?> Mask)[] Table =
    [
        (typeof(Household), nameof(Household.HeadOfHousehold), PersonalKind.Identity, Masks.Reference),
        (typeof(Household), nameof(Household.SpecialGroups), PersonalKind.SpecialGroup, Withheld),
        (typeof(DwellingSummary), nameof(DwellingSummary.SpecialGroups), PersonalKind.SpecialGroup, Withheld),
        (typeof(ExitReviewSummary), nameof(ExitReviewSummary.HeadOfHousehold), PersonalKind.Identity, Masks.Reference),
        (typeof(ReporterContact), nameof(ReporterContact.Name), PersonalKind.Identity, Masks.Name),
        (typeof(ReporterContact), nameof(ReporterContact.Phone), PersonalKind.Contact, Masks.Phone),
        (typeof(ReporterContact), nameof(ReporterContact.Email), PersonalKind.Contact, Masks.Email),
        (typeof(GridStaff), nameof(GridStaff.Phone), PersonalKind.Contact, Masks.Phone),
        (typeof(Allocation.Applicant), nameof(Allocation.Applicant.Name), PersonalKind.Identity, Masks.Name),
        (typeof(Allocation.Applicant), nameof(Allocation.Applicant.IdNumber), PersonalKind.Identity, Masks.Reference),
        (typeof(Allocation.Applicant), nameof(Allocation.Applicant.Phone), PersonalKind.Contact, Masks.Phone),
        (typeof(Allocation.ApplicationForm), nameof(Allocation.ApplicationForm.IncomeBand), PersonalKind.SpecialGroup, Withheld),
        (typeof(Allocation.ApplicationForm), nameof(Allocation.ApplicationForm.Priorities), PersonalKind.SpecialGroup, Withheld),
        (typeof(MemberRegistration), nameof(MemberRegistration.MemberRef), PersonalKind.Identity, Masks.Reference),
        (typeof(MemberRegistration), nameof(MemberRegistration.HukouPlace), PersonalKind.Identity, Masks.Name),
        (typeof(StationHandOff), nameof(StationHandOff.Members), PersonalKind.Identity, Withheld),
        (typeof(ChaseRow), nameof(ChaseRow.HeadOfHousehold), PersonalKind.Identity, Masks.Reference),
        (typeof(Community.MediationParty), nameof(Community.MediationParty.Name), PersonalKind.Identity, Masks.Name),
        (typeof(Community.MediationParty), nameof(Community.MediationParty.Phone), PersonalKind.Contact, Masks.Phone),
        (typeof(Community.Volunteer), nameof(Community.Volunteer.Name), PersonalKind.Identity, Masks.Name),
        (typeof(Community.Volunteer), nameof(Community.Volunteer.Phone), PersonalKind.Contact, Masks.Phone),
        (typeof(Community.BuildingLeader), nameof(Community.BuildingLeader.Name), PersonalKind.Identity, Masks.Name),
        (typeof(Community.BuildingLeader), nameof(Community.BuildingLeader.Phone), PersonalKind.Contact, Masks.Phone),
        (typeof(Community.StationStaff), nameof(Community.StationStaff.Phone), PersonalKind.Contact, Masks.Phone),
        (typeof(Community.CommitteeMember), nameof(Community.CommitteeMember.Name), PersonalKind.Identity, Masks.Name),
    ];

    /// <summary>The declared personal fields as <c>Type.Property</c> (the tests walk them).</summary>
    public static IEnumerable<(Type Type, string Property, PersonalKind Kind)> All => Table.Select(f => (f.Type, f.Property, f.Kind));

    /// <summary>The modifier for <see cref="DefaultJsonTypeInfoResolver"/>; <paramref name="view"/> gives the current
    /// request's view (from the HTTP context, or a hub connection's).</summary>
    public static Action<JsonTypeInfo> Modifier(Func<PersonalView> view) => info =>
    {
        foreach (var field in Table.Where(f => f.Type == info.Type))
        {
            var property = info.Properties.FirstOrDefault(p => string.Equals(p.Name, field.Property, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                continue;
            }

            if (field.Mask == (Func<string?, string?>)Withheld || property.PropertyType != typeof(string))
            {
                // Not a string (flags): left out of the answer altogether; counts elsewhere stay visible.
                var shouldSerialize = property.ShouldSerialize;
                property.ShouldSerialize = (o, v) => view().Shows(field.Kind) && (shouldSerialize?.Invoke(o, v) ?? true);
                continue;
            }

            var get = property.Get!;
            var mask = field.Mask;
            property.Get = o => view().Shows(field.Kind) ? get(o) : mask(get(o) as string);
        }
    };

    /// <summary>The modifier reading the view of the current HTTP request.</summary>
    public static Action<JsonTypeInfo> Modifier(IHttpContextAccessor http) => Modifier(() => PersonalView.Of(http.HttpContext));

    private static string? Withheld(string? value) => null;
}
