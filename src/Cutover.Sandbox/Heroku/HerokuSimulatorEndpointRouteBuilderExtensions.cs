using Cutover.Sandbox.Heroku.Endpoints;

namespace Cutover.Sandbox.Heroku;

/// <summary>Maps the Heroku simulator onto a route builder, at its root or under a host's prefix.</summary>
public static class HerokuSimulatorEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the Platform API routes (<c>/apps</c>, <c>/spaces</c>, …) and the Data API routes
    /// (<c>/client/v11/…</c>, <c>/redis/v0/…</c>) behind the Heroku request filter (Accept header, bearer
    /// token, rate limit, injected faults), plus the log and output streams and <c>/__simulator</c> controls.
    /// Works at the root or under a group: <c>app.MapGroup("/sandbox/heroku").MapHerokuSimulator()</c>; a
    /// catch-all under the mount point answers Heroku's 404 for routes it does not know.
    /// Needs <see cref="HerokuSimulatorServiceCollectionExtensions.AddHerokuSimulator"/>.
    /// </summary>
    public static IEndpointRouteBuilder MapHerokuSimulator(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var api = routes.MapGroup(string.Empty).AddEndpointFilter<HerokuRequestFilter>();
        AccountEndpoints.Map(api);
        AccessEndpoints.Map(api);
        CollaboratorEndpoints.Map(api);
        IntegrationEndpoints.Map(api);
        PipelineEndpoints.Map(api);
        AppEndpoints.Map(api);
        SpaceEndpoints.Map(api);
        ReleaseEndpoints.Map(api);
        BuildEndpoints.Map(api);
        ConfigVarEndpoints.Map(api);
        AddonEndpoints.Map(api);
        AttachmentEndpoints.Map(api);
        CatalogEndpoints.Map(api);
        FormationEndpoints.Map(api);
        DynoEndpoints.Map(api);
        DomainEndpoints.Map(api);
        LogSessionEndpoints.Map(api);
        DataEndpoints.Map(api);
        PgBackupsEndpoints.Map(api);
        api.Map("/{**path}", () => HerokuResults.UnknownRoute());

        var open = routes.MapGroup(string.Empty).AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (HerokuApiException problem)
            {
                return HerokuResults.Error(problem);
            }
        });
        StreamEndpoints.Map(open);
        ControlEndpoints.Map(open);
        LogControlEndpoints.Map(open);
        return routes;
    }
}
