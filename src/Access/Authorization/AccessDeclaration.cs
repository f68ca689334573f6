using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Anju.Access;

/// <summary>What an endpoint needs: the permission (its policy), where its request's object sits, and whether
/// its answer carries a person's record (every such read is audited before any data leaves).</summary>
public sealed record AccessDeclaration(Permission Permission, ScopeFrom Scope, string? PersonalRecord);

/// <summary>Declares access on an endpoint: the only way Anju's endpoints are opened.</summary>
public static class AccessDeclarations
{
    /// <summary>Requires <paramref name="permission"/> in a grant that reaches the request's place.</summary>
    public static TBuilder Allow<TBuilder>(this TBuilder builder, Permission permission, ScopeFrom scope, string? personalRecord = null)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(Policies.Of(permission)).WithMetadata(new AccessDeclaration(permission, scope, personalRecord));

    /// <summary>Open to anyone, for the reason given (Open311's public reads, sign-in, health): the authorization
    /// matrix test reads the reason.</summary>
    public static TBuilder AllowPublic<TBuilder>(this TBuilder builder, string reason)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AllowAnonymous().WithMetadata(new PublicAccess(reason));
}

/// <summary>An endpoint outside <c>/api</c> that programs read (a metrics scraper): refused with 401 or 403, never sent to
/// the sign-in page as a browser asking for a page is.</summary>
public sealed record ReadByPrograms;

/// <summary>An endpoint open without sign-in, and why.</summary>
public sealed record PublicAccess(string Reason);

/// <summary>What this request may see of personal data, decided by the gate for the request's place.</summary>
public sealed record PersonalView(bool Identity, bool Contact, bool SpecialGroups)
{
    public static readonly PersonalView None = new(false, false, false);

    public static readonly PersonalView All = new(true, true, true);

    /// <summary>The unmasked kinds, as the audit names them.</summary>
    public IReadOnlyList<string> Fields =>
        [.. new[] { (Identity, "identity"), (Contact, "contact"), (SpecialGroups, "special-groups") }.Where(f => f.Item1).Select(f => f.Item2)];

    /// <summary>The view of this request; none when the gate did not set one.</summary>
    public static PersonalView Of(HttpContext? http) => http?.Features.Get<PersonalView>() ?? None;

    public bool Shows(PersonalKind kind) => kind switch
    {
        PersonalKind.Identity => Identity,
        PersonalKind.Contact => Contact,
        PersonalKind.SpecialGroup => SpecialGroups,
        _ => false,
    };

    /// <summary>The view a set of grants has of a place.</summary>
    public static PersonalView For(IReadOnlyList<Grant> grants, Place place)
    {
        var contacts = GrantRules.Allows(grants, Permission.SeeContacts, place, whole: true);
        return new(contacts, contacts, GrantRules.Allows(grants, Permission.SeeSpecialGroups, place, whole: true));
    }
}
