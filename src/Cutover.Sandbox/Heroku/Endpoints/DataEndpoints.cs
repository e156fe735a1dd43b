namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>
/// The Data API (<c>api.data.heroku.com</c>) the CLI uses for followers and Redis: Postgres info with
/// <c>Behind By</c>, <c>wait_status</c>, <c>unfollow</c>; Redis info and <c>wait</c>. A database is known from the
/// moment its add-on is created — while it provisions it answers <c>waiting?: true</c> (docs/heroku.md,
/// "Data API while provisioning") — and is gone (404) once its add-on is destroyed.
/// </summary>
internal static class DataEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/client/v11/databases/{database}", (HerokuSimulator sim, string database) =>
            sim.Run(w => HerokuResults.Json(DataViews.Postgres(w, Postgres(w, database)))));
        api.MapGet("/client/v11/databases/{database}/wait_status", (HerokuSimulator sim, string database) =>
            sim.Run(w => HerokuResults.Json(DataViews.PostgresWaitStatus(w, Postgres(w, database)))));
        api.MapPut("/client/v11/databases/{database}/unfollow", (HerokuSimulator sim, string database) =>
            sim.Run(w =>
            {
                var follower = Postgres(w, database);
                var leader = follower.Following ?? throw HerokuApiException.InvalidParams($"{follower.Name} is not a follower.");
                if (follower.State != SimAddon.Provisioned)
                    throw HerokuApiException.InvalidParams($"{follower.Name} is still being created; unfollow it once it is available.");
                follower.Following = null;
                follower.FollowingUrl = null;
                follower.UpdatedAt = w.Now;
                return HerokuResults.Json(new JsonObject { ["message"] = $"{follower.Name} no longer follows {leader.Name} and is writeable." });
            }));
        api.MapGet("/redis/v0/databases/{database}", (HerokuSimulator sim, string database) =>
            sim.Run(w => HerokuResults.Json(DataViews.Redis(w, Redis(w, database)))));
        api.MapGet("/redis/v0/databases/{database}/wait", (HerokuSimulator sim, string database) =>
            sim.Run(w => HerokuResults.Json(DataViews.RedisWait(w, Redis(w, database)))));
    }

    public static SimAddon Postgres(SimWorld world, string identity) => Database(world, identity, "postgres");

    private static SimAddon Redis(SimWorld world, string identity) => Database(world, identity, "redis");

    private static SimAddon Database(SimWorld world, string identity, string data) =>
        world.Addons.FirstOrDefault(a => !a.Destroyed && SimCatalog.Matches(a.Id, a.Name, identity) && a.Service.Data == data)
        ?? throw new HerokuApiException(404, "not_found", "Couldn't find that database.", "database");
}
