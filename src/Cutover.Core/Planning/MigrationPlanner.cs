namespace Cutover.Core.Planning;

/// <summary>
/// Preflight's decision (runbook step 0): from what the inspector read, the plan of one migration with every
/// warning and every blocker. Pure: it reads nothing and changes nothing.
/// </summary>
public static class MigrationPlanner
{
    private const int MaxAppNameLength = 30;

    /// <summary>Plans moving <see cref="PlanningInput.Source"/> into <see cref="PlanningInput.Target"/>.</summary>
    public static MigrationPlan Plan(PlanningInput input, PlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var (source, target) = (input.Source, input.Target);
        var warnings = new List<string>();
        var blockers = new List<string>();

        CheckSpace(source, target, blockers);
        CheckRelease(source, warnings, blockers);
        var targetApp = options.TargetAppFor(source.Name);
        CheckTargetName(source.Name, targetApp, options.TargetAppSuffix, blockers);

        var addons = source.Addons
            .Select(a => AddonClassifier.Classify(a, PlansOf(input, a.Service), target, options, warnings, blockers))
            .ToList();
        var dynos = source.Formation.Select(f => DynoSizeMap.Map(f, target, warnings, blockers)).ToList();

        var owned = source.Addons.SelectMany(a => a.ConfigVars).ToHashSet(StringComparer.Ordinal);
        var configVars = source.ConfigVarNames.Where(name => !owned.Contains(name)).Distinct(StringComparer.Ordinal).ToList();

        var plan = new MigrationPlan(
            source.Name,
            target.Name,
            target.Shield,
            targetApp,
            addons,
            addons.Where(a => a.Strategy == DataStrategy.ReplacedByNat).Select(a => a.Name).ToList(),
            target.NatIps,
            dynos,
            configVars,
            source.Domains,
            warnings,
            blockers);
        return plan with { Parity = ParityTable.For(input, plan) };
    }

    private static void CheckSpace(SourceSnapshot source, TargetSnapshot target, List<string> blockers)
    {
        if (source.Space is { } current)
            blockers.Add($"{source.Name} already runs in space {current}: Cutover migrates apps from the Common Runtime only.");

        if (!Is(target.State, "allocated"))
            blockers.Add(NotAllocated(target));

        if (!Is(source.Generation, target.Generation))
        {
            blockers.Add($"{source.Name} is a {Title(source.Generation)} app and space {target.Name} is a {Title(target.Generation)} space: "
                         + $"Cutover does not migrate across generations, so choose a {Title(source.Generation)} space.");
        }
    }

    private static string NotAllocated(TargetSnapshot target)
    {
        if (Is(target.State, "allocating"))
            return $"Space {target.Name} is still allocating: wait until it is allocated (`heroku spaces:wait {target.Name}`), then plan again.";
        if (Is(target.State, "deleting"))
            return $"Space {target.Name} is being deleted: choose another space.";
        return $"Space {target.Name} is {target.State}, not allocated: wait until it is allocated or choose another space.";
    }

    private static void CheckRelease(SourceSnapshot source, List<string> warnings, List<string> blockers)
    {
        var release = source.CurrentRelease;
        if (release is null)
        {
            blockers.Add($"{source.Name} has never been released: deploy it so there is a slug to copy, then plan again.");
            return;
        }

        if (!Is(release.Status, "succeeded"))
        {
            blockers.Add($"{source.Name}'s current release v{release.Version} is {release.Status}, not succeeded: "
                         + "deploy or roll back to a succeeded release, then plan again.");
            return;
        }

        if (release.SlugId is null)
        {
            blockers.Add($"{source.Name}'s current release v{release.Version} has no slug: deploy code so there is a slug to copy, then plan again.");
            return;
        }

        if (release.SlugStack is { } slugStack && !Is(slugStack, source.Stack))
        {
            warnings.Add($"The current slug was built for {slugStack} but {source.Name} runs {source.Stack}: "
                         + "the target app will be built from source instead of copying the slug.");
        }
    }

    private static void CheckTargetName(string sourceApp, string targetApp, string suffix, List<string> blockers)
    {
        if (targetApp.Length > MaxAppNameLength)
        {
            blockers.Add($"Target app name {targetApp} is {targetApp.Length} characters, over Heroku's {MaxAppNameLength}: "
                         + $"configure a target app suffix shorter than `{suffix}`.");
        }
        else if (string.Equals(targetApp, sourceApp, StringComparison.Ordinal))
        {
            blockers.Add($"Target app name {targetApp} is the source app's own name: configure a non-empty target app suffix such as `-ps`.");
        }
        else if (HerokuNames.ExplainInvalidApp(targetApp) is not null)
        {
            blockers.Add($"Target app name {targetApp} is not a valid Heroku app name: "
                         + $"configure a target app suffix of lowercase letters, digits and dashes instead of `{suffix}`.");
        }
    }

    private static IReadOnlyList<AddonPlanInfo> PlansOf(PlanningInput input, string service) =>
        input.ServicePlans.TryGetValue(service, out var plans) ? plans : [];

    private static bool Is(string? value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);

    private static string Title(string generation) =>
        generation.Length == 0 ? generation : char.ToUpperInvariant(generation[0]) + generation[1..];
}
