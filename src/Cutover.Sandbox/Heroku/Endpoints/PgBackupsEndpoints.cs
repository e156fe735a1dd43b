namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>
/// The Data API routes of the Essential-tier migration path (copy with downtime): PG Backups transfers
/// (<c>pg:backups</c>, <c>pg:backups:capture</c>, <c>pg:copy</c>), settings (<c>pg:settings</c>) and credentials
/// (<c>pg:credentials</c>), shaped as the Heroku CLI reads them.
/// </summary>
internal static class PgBackupsEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/client/v11/apps/{app}/transfers", (HerokuSimulator sim, string app) =>
            sim.Run(w =>
            {
                var owner = w.App(app);
                return HerokuResults.Json(new JsonArray([.. w.Transfers.Where(t => t.App == owner).Select(t => (JsonNode)TransferViews.Transfer(w, t, verbose: false))]));
            }));
        api.MapGet("/client/v11/apps/{app}/transfers/{transfer}", (HttpContext http, HerokuSimulator sim, string app, string transfer) =>
            sim.Run(w => HerokuResults.Json(TransferViews.Transfer(w, w.Transfer(w.App(app), transfer), http.Request.Query["verbose"] == "true"))));
        api.MapPost("/client/v11/databases/{database}/backups", (HerokuSimulator sim, string database) =>
            sim.Run(w => HerokuResults.Created(TransferViews.Transfer(w, w.Backup(DataEndpoints.Postgres(w, database)), verbose: false))));
        api.MapPost("/client/v11/databases/{database}/transfers", async (HttpContext http, HerokuSimulator sim, string database) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var fromUrl = body.RequiredString("from_url");
            var toUrl = body.RequiredString("to_url");
            return sim.Run(w =>
            {
                var transfer = w.Copy(DataEndpoints.Postgres(w, database), body.String("from_name") ?? "source", fromUrl, body.String("to_name") ?? "target", toUrl);
                return HerokuResults.Created(TransferViews.Transfer(w, transfer, verbose: false));
            });
        });
        api.MapGet("/postgres/v0/databases/{database}/config", (HerokuSimulator sim, string database) =>
            sim.Run(w => HerokuResults.Json(TransferViews.Settings(Standard(DataEndpoints.Postgres(w, database))))));
        api.MapPatch("/postgres/v0/databases/{database}/config", async (HttpContext http, HerokuSimulator sim, string database) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            return sim.Run(w =>
            {
                var target = Standard(DataEndpoints.Postgres(w, database));
                foreach (var (name, value) in body.Json)
                {
                    if (!TransferViews.DefaultSettings.Any(s => s.Name == name))
                        throw HerokuApiException.InvalidParams($"{name} is not a setting Heroku Postgres lets you change.");
                    target.Settings[name] = value is null ? string.Empty : value.ToString();
                }

                target.UpdatedAt = w.Now;
                return HerokuResults.Json(TransferViews.Settings(target));
            });
        });
        api.MapGet("/postgres/v0/databases/{database}/credentials", (HerokuSimulator sim, string database) =>
            sim.Run(w => HerokuResults.Json(new JsonArray(TransferViews.DefaultCredential(DataEndpoints.Postgres(w, database))))));
    }

    /// <summary>Settings exist on Standard tier and above; Heroku refuses them on Essential databases.</summary>
    private static SimAddon Standard(SimAddon database) =>
        database.Plan.Name.StartsWith("essential", StringComparison.Ordinal)
            ? throw HerokuApiException.InvalidParams("You can't perform this operation on Essential-tier databases.")
            : database;
}
