namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>
/// The Data API (<c>api.data.heroku.com</c>) the CLI uses for followers and Redis: Postgres info with
/// <c>Behind By</c>, <c>wait_status</c>, <c>unfollow</c>; Redis info and <c>wait</c>. A new database answers
/// 404 for its first <see cref="NotFoundWindow"/>, as the CLI expects (it retries).
/// </summary>
internal static class DataEndpoints
{
    public static readonly TimeSpan NotFoundWindow = TimeSpan.FromSeconds(30);

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

    private static SimAddon Postgres(SimWorld world, string identity) => Database(world, identity, "postgres");

    private static SimAddon Redis(SimWorld world, string identity) => Database(world, identity, "redis");

    private static SimAddon Database(SimWorld world, string identity, string data)
    {
        var addon = world.Addons.FirstOrDefault(a => SimCatalog.Matches(a.Id, a.Name, identity) && a.Service.Data == data);
        if (addon is null || world.Now - addon.CreatedAt < NotFoundWindow)
            throw new HerokuApiException(404, "not_found", "Couldn't find that database.", "database");
        return addon;
    }
}
