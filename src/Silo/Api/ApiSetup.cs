using System.Text.Json.Serialization;
using Anju.Access;
using Anju.Hosting;
using Anju.Silo.Access;
using Anju.Silo.Import;
using Anju.Silo.Open311;

namespace Anju.Silo.Api;

/// <summary>The HTTP command and query API: JSON with enum names, problem details, OpenAPI.</summary>
public static class ApiSetup
{
    public static WebApplicationBuilder AddAnjuApi(this WebApplicationBuilder builder, string connectionString)
    {
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.Converters.Add(new StrictStringConverter());
        });
        builder.Services.AddProblemDetails();
        // Unreadable bodies and parameters reach DomainExceptionHandler, which says what was wrong.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddExceptionHandler<DomainExceptionHandler>();
        builder.Services.AddOpenApi();
        builder.Services.AddSecurityIngest(connectionString).AddDwellingBatch();
        builder.Services.AddOptions<Open311Options>().BindConfiguration("Open311").Checked(o => o.Problem());
        builder.Services.AddOptions<ImportOptions>().BindConfiguration("Import").Checked(o => o.Problem()); // read by the import endpoint, checked at start
        builder.Services.AddSingleton<EstateLocator>();
        return builder;
    }

    public static WebApplication MapAnjuApi(this WebApplication app)
    {
        app.MapOpenApi().AllowPublic("the API's description names no data");
        var api = app.MapGroup("/api");
        api.MapAccessEndpoints();
        api.MapEstateEndpoints();
        api.MapDwellingEndpoints().MapDwellingBatchEndpoints();
        api.MapRollupEndpoints();
        api.MapContractEndpoints().MapScorecardEndpoints().MapPoolEndpoints();
        api.MapSecurityEndpoints().MapSecurityIngestEndpoints();
        api.MapIncidentEndpoints();
        api.MapAlarmEndpoints();
        api.MapFacilityEndpoints().MapWorkOrderEndpoints();
        api.MapAccountEndpoints().MapCommercialEndpoints();
        api.MapFeeEndpoints();
        api.MapExitReviewEndpoints();
        api.MapAllocationEndpoints().MapRegistrationEndpoints();
        api.MapAgencyEndpoints();
        api.MapGridWorkEndpoints().MapStationEndpoints().MapVolunteerEndpoints();
        api.MapCommitteeEndpoints().MapEnvironmentEndpoints().MapSatisfactionEndpoints();
        api.MapImportEndpoints().MapFacilityImportEndpoints().MapDiagnosticsEndpoints();
        app.MapOpen311();
        return app;
    }
}
