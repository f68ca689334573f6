using System.Net;
using System.Text;
using Anju.Access;
using Anju.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Anju.Tests.Access;

/// <summary>
/// The authorization matrix, generated from the silo's route table: every endpoint declares its policy (or says why it
/// is public), and every declared endpoint × every role answers as <see cref="RolePermissions"/> says: refused (403)
/// without the permission, served (anything but 401/403) with it, and 401 without sign-in. A second pass narrows the
/// grants to a district and checks the scope half: the district's estate is served, another district's refused.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class AuthorizationMatrixTests(SiloFixture fixture) : IAsyncLifetime
{
    private readonly RunningSilo _silo = fixture.Silo;
    private AccessCity _city = null!;

    public async Task InitializeAsync() => _city = await AccessCity.CreateAsync(_silo.Http);

    public Task DisposeAsync() => Task.CompletedTask;

    private IReadOnlyList<RouteEndpoint> Endpoints() =>
        [.. _silo.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()];

    [Fact]
    public void Every_endpoint_declares_its_access()
    {
        var undeclared = Endpoints()
            .Where(e => e.Metadata.GetMetadata<AccessDeclaration>() is null && e.Metadata.GetMetadata<PublicAccess>() is null)
            .Select(e => $"{string.Join(',', e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText}")
            .ToList();
        Assert.True(undeclared.Count == 0, "Endpoints without Allow(...) or AllowPublic(...): " + string.Join("; ", undeclared));
        Assert.All(Endpoints().Select(e => e.Metadata.GetMetadata<PublicAccess>()).OfType<PublicAccess>(), p => Assert.False(string.IsNullOrWhiteSpace(p.Reason)));
    }

    [Fact]
    public async Task Every_declared_endpoint_answers_each_role_as_its_permission_says()
    {
        var failures = new List<string>();
        var cases = Declared().ToList();
        Assert.True(cases.Count > 50, $"only {cases.Count} declared endpoints found");

        foreach (var (method, path, declared, type) in cases)
        {
            using var anonymous = await SendAsync(_silo.Anonymous, method, path, type);
            if (anonymous.StatusCode != HttpStatusCode.Unauthorized)
            {
                failures.Add($"anonymous {method} {path}: {(int)anonymous.StatusCode}, expected 401");
            }
        }

        foreach (var role in Enum.GetValues<Role>())
        {
            using var client = await _silo.ClientAsync($"mx-{role}".ToLowerInvariant(), new Grant(role, ScopeKind.City, ""));
            foreach (var (method, path, declared, type) in cases)
            {
                var holds = declared.Permission == Permission.Account || RolePermissions.Holds(role, declared.Permission);
                using var response = await SendAsync(client, method, path, type);
                var refused = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized;
                if (holds == refused)
                {
                    failures.Add($"{role} {method} {path}: {(int)response.StatusCode} {(holds ? "refused though the role holds" : "served though the role lacks")} {declared.Permission}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task A_district_grant_reaches_its_district_and_not_another()
    {
        var failures = new List<string>();
        using var inDistrict = await _silo.ClientAsync("mx-th-housing", new Grant(Role.HousingOffice, ScopeKind.District, "TH"), new Grant(Role.SecuritySupervisor, ScopeKind.District, "TH"));
        using var elsewhere = await _silo.ClientAsync("mx-hz-housing", new Grant(Role.HousingOffice, ScopeKind.District, "HZ"), new Grant(Role.SecuritySupervisor, ScopeKind.District, "HZ"));
        var placed = Declared().Where(c => !c.Declared.Scope.IsAnywhere && c.Declared.Scope.Describe != "city").ToList();
        Assert.True(placed.Count > 30, $"only {placed.Count} place-scoped endpoints found");
        foreach (var (method, path, declared, type) in placed)
        {
            using var served = await SendAsync(inDistrict, method, path, type);
            if (served.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
            {
                failures.Add($"TH grant {method} {path}: {(int)served.StatusCode}");
            }

            using var refused = await SendAsync(elsewhere, method, path, type);
            if (refused.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.Add($"HZ grant {method} {path}: {(int)refused.StatusCode}, expected 403");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Every declared (not public) endpoint with its route filled in from the test city.</summary>
    private IEnumerable<(string Method, string Path, AccessDeclaration Declared, string ContentType)> Declared()
    {
        foreach (var endpoint in Endpoints())
        {
            if (endpoint.Metadata.GetMetadata<AccessDeclaration>() is not { } declared)
            {
                continue;
            }

            var path = "/" + string.Join('/', endpoint.RoutePattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
            {
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart parameter => Uri.EscapeDataString(_city.Value(parameter.Name)),
                Microsoft.AspNetCore.Routing.Patterns.RoutePatternSeparatorPart separator => separator.Content,
                _ => "",
            }))));
            if (path.EndsWith("/incidents/board", StringComparison.Ordinal))
            {
                path += $"?estate={_city.Estate}";
            }

            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])
            {
                yield return (method, path, declared, endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IAcceptsMetadata>() is { ContentTypes.Count: > 0 } accepts ? accepts.ContentTypes[0] : "application/json");
            }
        }
    }

    /// <summary>Reads send nothing; changes send an empty JSON object (or an empty body of the type the endpoint accepts), which a served endpoint refuses as invalid (400)
    /// without changing anything — the matrix is about who gets past the gate.</summary>
    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path, string contentType)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (!HttpMethods.IsGet(method) && !HttpMethods.IsDelete(method))
        {
            request.Content = new StringContent(contentType == "application/json" ? "{}" : "", Encoding.UTF8, contentType);
        }

        return client.SendAsync(request);
    }
}
