namespace Cutover.Core.Planning;

/// <summary>
/// Everything preflight reads from Heroku (read-only) to plan one migration: the source app as it runs now,
/// the target space, and the plans of every add-on service the source uses.
/// </summary>
/// <param name="Source">The Common Runtime app to migrate.</param>
/// <param name="Target">The Private or Shield space to migrate into.</param>
/// <param name="ServicePlans">Plans per add-on service name (e.g. <c>heroku-postgresql</c>), from <c>GET /addon-services/{service}/plans</c>.</param>
public sealed record PlanningInput(SourceSnapshot Source, TargetSnapshot Target, IReadOnlyDictionary<string, IReadOnlyList<AddonPlanInfo>> ServicePlans);
