namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary><c>POST /apps/{app}/log-sessions</c>: a session whose <c>logplex_url</c> leads back to this simulator.</summary>
internal static class LogSessionEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/apps/{app}/log-sessions", async (HttpContext http, HerokuSimulator sim, string app) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            return sim.Run(w =>
            {
                var session = w.CreateLogSession(w.App(app), body.Int("lines"), body.Bool("tail"), body.String("source"),
                    body.String("dyno_name") ?? body.String("dyno"), body.String("type"));
                return HerokuResults.Created(DomainViews.LogSession(session, SimulatorUrls.Base(http, app)));
            });
        });
    }
}
