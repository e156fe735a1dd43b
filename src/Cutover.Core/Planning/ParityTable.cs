namespace Cutover.Core.Planning;

/// <summary>
/// Every property of the source app, with how it reaches the target: carried by a step, guided (what a person does,
/// with the command) or not applicable. Pure: built from what preflight read and the plan made from it.
/// </summary>
public static class ParityTable
{
    /// <summary>The Heroku Scheduler add-on's service: its jobs have no public API.</summary>
    public const string SchedulerService = "scheduler";

    /// <summary>The rows for <paramref name="input"/>'s source and <paramref name="plan"/>, in a fixed order.</summary>
    public static IReadOnlyList<ParityRow> For(PlanningInput input, MigrationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(plan);
        var (source, target) = (input.Source, plan.TargetApp);
        var more = source.Integrations;
        return
        [
            Carried("Code", source.CurrentRelease is { } release ? $"release v{Number(release.Version)}" : "never released", StepIds.Deploy),
            Carried("Stack", source.Stack, StepIds.CreateApp),
            Listed("Buildpacks", source.Buildpacks, StepIds.CreateApp),
            Listed("Labs features", source.Features, StepIds.CreateApp),
            Counted("Config vars", source.ConfigVarNames.Count, "name", StepIds.CopyConfig,
                $" ({Number(plan.ConfigVarCount)} copied, the rest written by add-ons on the target)"),
            Listed("Add-ons", [.. source.Addons.Select(a => $"{a.Service}:{a.Plan}")], StepIds.Addons, $" and {Step(StepIds.DataCutover)} (see Add-ons)"),
            Listed("Formation", [.. source.Formation.Select(f => $"{f.Type} {Number(f.Quantity)}× {f.Size}")], StepIds.Scale),
            Listed("Domains", [.. source.Domains.Select(d => d.Hostname)], StepIds.Domains),
            more.Acm ? Carried("ACM", "on", StepIds.Domains) : new ParityRow("ACM", "off", ParityHandling.Carried, $"{Step(StepIds.Domains)} (it turns ACM on for the target)"),
            Certificates(more.SniEndpoints, target),
            Drains(more.Drains, target),
            Access(more.Collaborators, target),
            Webhooks(more.Webhooks, target),
            Pipeline(more.Pipeline, source.Name, target),
            Scheduler(source.Addons, target),
            Inbound(input.Target),
        ];
    }

    private static ParityRow Certificates(IReadOnlyList<string> endpoints, string target) =>
        endpoints.Count == 0
            ? None("SSL certificates (uploaded)")
            : Guided("SSL certificates (uploaded)", Names(endpoints),
                $"the private key cannot be read back from Heroku: upload the certificate and key to {target} with "
                + $"`heroku certs:add server.crt server.key -a {target}` before {Step(StepIds.Domains)}");

    private static ParityRow Drains(IReadOnlyList<LogDrainInfo> drains, string target) =>
        drains.Count == 0
            ? None("Log drains")
            : Carried("Log drains", Names([.. drains.Select(d => d.Host)]), StepIds.CreateApp, $" (added to {target} by URL; add-on drains come with their add-on)");

    private static ParityRow Access(IReadOnlyList<CollaboratorInfo> people, string target) =>
        people.Count == 0
            ? None("Access")
            : Carried("Access", Names([.. people.Select(Person)]), StepIds.CreateApp,
                people.Any(p => p.Permissions.Count == 0)
                    ? $" (personal-app collaborators get {string.Join(", ", CollaboratorInfo.PersonalAppEquivalent)} on {target})"
                    : $" (the same permissions on {target})");

    private static ParityRow Webhooks(IReadOnlyList<WebhookInfo> hooks, string target) =>
        hooks.Count == 0
            ? None("Webhooks")
            : Carried("Webhooks", Names([.. hooks.Select(h => $"{string.Join("+", h.Include)} → {h.Host} ({h.Level})")]), StepIds.CreateApp,
                $"; Heroku gives each a new secret that cannot be read back: the step says how to set the receiver's secret on {target}");

    private static ParityRow Pipeline(PipelineStageInfo? stage, string source, string target) =>
        stage is null
            ? None("Pipeline")
            : Carried("Pipeline", $"{stage.Pipeline} ({stage.Stage})", StepIds.CreateApp,
                $" (couples {target} to the same stage before go-live); {source} leaves it at {Step(StepIds.Decommission)}");

    private static ParityRow Scheduler(IReadOnlyList<AddonInfo> addons, string target) =>
        addons.FirstOrDefault(a => string.Equals(a.Service, SchedulerService, StringComparison.OrdinalIgnoreCase)) is { } scheduler
            ? Guided("Scheduler jobs", scheduler.Name,
                $"Heroku Scheduler has no API: re-create each job at https://dashboard.heroku.com/apps/{target}/scheduler, "
                + "then delete it on the source so no job runs twice")
            : None("Scheduler jobs");

    private static ParityRow Inbound(TargetSnapshot space)
    {
        const string property = "Inbound rules (space)";
        if (space.InboundRules is not { } rules)
            return Guided(property, "not read", $"check who may reach space {space.Name}: `heroku spaces:trusted-ips {space.Name}`");
        if (rules.Any(r => r.AllowsEveryone))
            return new ParityRow(property, "allow 0.0.0.0/0", ParityHandling.NotApplicable, $"space {space.Name} lets everyone in, like the Common Runtime");
        var allowed = rules.Where(r => string.Equals(r.Action, "allow", StringComparison.OrdinalIgnoreCase)).Select(r => r.Source).ToList();
        return Guided(property, allowed.Count == 0 ? "nothing allowed" : $"allow {string.Join(", ", allowed)}",
            $"after the cutover the app answers only {(allowed.Count == 0 ? "no one" : string.Join(", ", allowed))}: "
            + $"widen the rules first if customers reach it from elsewhere (`heroku spaces:trusted-ips:add <CIDR> --space {space.Name}`)");
    }

    private static ParityRow Listed(string property, IReadOnlyList<string> items, string stepId, string suffix = "") =>
        items.Count == 0 ? None(property) : new ParityRow(property, Names(items), ParityHandling.Carried, Step(stepId) + suffix);

    private static ParityRow Counted(string property, int count, string noun, string stepId, string suffix) =>
        count == 0 ? None(property) : new ParityRow(property, $"{Number(count)} {noun}{(count == 1 ? "" : "s")}", ParityHandling.Carried, Step(stepId) + suffix);

    private static ParityRow Carried(string property, string source, string stepId, string suffix = "") =>
        new(property, source, ParityHandling.Carried, Step(stepId) + suffix);

    private static ParityRow Guided(string property, string source, string how) => new(property, source, ParityHandling.Guided, how);

    private static ParityRow None(string property) => new(property, ParityRow.Nothing, ParityHandling.NotApplicable, "nothing to move");

    private static string Person(CollaboratorInfo person) =>
        person.Permissions.Count == 0 ? person.Email : $"{person.Email} ({string.Join(", ", person.Permissions)})";

    /// <summary><c>step 5 Deploy current slug</c>.</summary>
    public static string Step(string stepId)
    {
        var step = RunbookCatalog.Get(stepId);
        return $"step {Number(step.Number)} {step.Title}";
    }

    private static string Names(IReadOnlyList<string> items) => string.Join(", ", items);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
