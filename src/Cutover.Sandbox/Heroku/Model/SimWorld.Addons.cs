namespace Cutover.Sandbox.Heroku.Model;

/// <summary>Add-ons: install rules per runtime, followers and forks, provisioning, plan changes, deprovisioning.</summary>
internal sealed partial class SimWorld
{
    public SimAddon CreateAddon(SimApp app, AddonRequest request)
    {
        var plan = Catalog.FindPlan(request.Plan, app.Space is not null)
            ?? throw HerokuApiException.InvalidParams($"Couldn't find either the add-on service or the add-on plan of \"{request.Plan}\".");
        var service = plan.Service;
        CheckInstallable(app, plan);
        if (request.Name is { } name)
        {
            if (!AddonName().IsMatch(name))
                throw HerokuApiException.InvalidParams("Name must start with a letter and can only contain letters, digits, dashes and underscores.");
            if (Addons.Any(a => a.Name == name && !a.Destroyed))
                throw HerokuApiException.InvalidParams($"Name {name} is already taken.");
        }

        if (request.AttachmentName is { } attachment)
            ValidateAttachmentName(app, attachment, null);
        var leader = request.Config.TryGetValue("follow", out var follow) ? ResolveSource(app, follow, service, "follow") : null;
        var forkedFrom = request.Config.TryGetValue("fork", out var fork) ? ResolveSource(app, fork, service, "fork") : null;
        if (leader is not null && !service.IsPostgres)
            throw HerokuApiException.InvalidParams($"{service.Name} does not support followers; only heroku-postgresql does.");
        if (leader is not null && !leader.Plan.Followable)
            throw HerokuApiException.InvalidParams($"{leader.Name} is on {leader.Plan.FullName}, which does not support followers. Copy the data with a backup and restore instead.");
        if (forkedFrom is not null && !(service.IsPostgres || service.IsRedis))
            throw HerokuApiException.InvalidParams($"{service.Name} does not support forks.");
        if (plan.RequiresConfirmation && request.Confirm != app.Name)
        {
            var price = (plan.PriceCents / 100m).ToString("#,0.##", CultureInfo.InvariantCulture);
            throw HerokuApiException.ConfirmationRequired(
                $"{plan.FullName} costs ${price}/month. To proceed, confirm by passing \"confirm\": \"{app.Name}\".");
        }

        var fails = FailNextProvisioning;
        FailNextProvisioning = false;
        var addon = new SimAddon
        {
            Id = NewId(),
            Name = request.Name ?? GenerateAddonName(service),
            Plan = plan,
            BillingApp = app,
            ProviderId = "resource" + Random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture),
            Credentials = Credentials.For(this, service, app),
            CreatedAt = Now,
            ReadyAt = Now + service.Provisioning,
            UpdatedAt = Now,
            FailsProvisioning = fails,
            Following = leader,
            FollowingUrl = leader?.Credentials.GetValueOrDefault("_URL"),
            InitialLag = leader is null ? 0 : service.InitialLagCommits,
            CatchUp = service.FollowerCatchUp,
            ForkedFrom = forkedFrom,
            ProvisionMessage = service.Data == "none" ? string.Empty : $"{service.HumanName} is being created and will be available shortly.",
        };
        if ((leader ?? forkedFrom) is { } source)
            (addon.DataBytes, addon.Tables) = (source.DataBytes, source.Tables);
        Addons.Add(addon);
        foreach (var attachmentName in request.AttachmentName is { } given ? [given] : DefaultAttachmentNames(app, service))
            Attach(addon, app, attachmentName, null);
        if (addon.ReadyAt <= Now)
            CompleteProvisioning(addon);
        return addon;
    }

    public void ChangePlan(SimAddon addon, string planIdentity)
    {
        var plan = Catalog.FindPlan(planIdentity, addon.BillingApp.Space is not null)
            ?? throw HerokuApiException.InvalidParams($"Couldn't find the add-on plan \"{planIdentity}\".");
        if (plan.Service != addon.Service)
            throw HerokuApiException.InvalidParams($"{addon.Name} is a {addon.Service.Name} add-on; the new plan must be one of that service's plans.");
        CheckInstallable(addon.BillingApp, plan);
        addon.Plan = plan;
        addon.UpdatedAt = Now;
    }

    /// <summary>Destroys the add-on: it becomes deprovisioned, every attachment (and its config vars) goes, and then so does the record.</summary>
    public void Deprovision(SimAddon addon)
    {
        foreach (var attachment in AttachmentsOf(addon).ToList())
            DetachCore(attachment);
        addon.State = SimAddon.Deprovisioned;
        addon.Destroyed = true;
        addon.UpdatedAt = Now;
    }

    /// <summary>Where a plan may go: Common Runtime apps take "outside" plans; space apps "inside" plans of their tier.</summary>
    public static void CheckInstallable(SimApp app, SimPlan plan)
    {
        var service = plan.Service;
        if (!service.Generations.Contains(app.Generation))
            throw HerokuApiException.InvalidParams($"{service.Name} is not available to {app.Generation.Name}-generation apps.");
        if (!service.Regions.Contains(app.Region))
            throw HerokuApiException.InvalidParams($"{service.Name} is not available in the {app.Region.Name} region.");
        if (app.Space is not { } space)
        {
            if (!plan.InstallableOutside)
                throw HerokuApiException.InvalidParams($"{plan.FullName} can only be installed on apps in a Private Space. Plans for Common Runtime apps: {PlanList(service.Plans.Where(p => p.InstallableOutside))}.");
            return;
        }

        var fitting = service.Plans.Where(p => p.InstallableInside && p.Tier != (space.Shield ? "private" : "shield")).ToList();
        if (!plan.InstallableInside)
        {
            throw HerokuApiException.InvalidParams(fitting.Count == 0
                ? $"{service.Name} is not available to apps in Private Spaces."
                : $"{plan.FullName} cannot be installed on apps in Private Spaces. Plans installable in {space.Name}: {PlanList(fitting)}.");
        }

        if (plan.Tier == "shield" && !space.Shield)
            throw HerokuApiException.InvalidParams($"{plan.FullName} is a Shield plan; {space.Name} is not a Shield Private Space. Use one of: {PlanList(fitting)}.");
        if (plan.Tier == "private" && space.Shield)
            throw HerokuApiException.InvalidParams($"{space.Name} is a Shield Private Space and needs Shield-tier plans. Use one of: {PlanList(fitting)}.");
    }

    private void CompleteProvisioning(SimAddon addon)
    {
        addon.UpdatedAt = addon.ReadyAt;
        if (addon.FailsProvisioning)
        {
            addon.State = SimAddon.Deprovisioned;
            addon.ProvisionMessage = "Provisioning failed: the add-on provider could not create the resource. You have not been charged.";
            Attachments.RemoveAll(t => t.Addon == addon);
            return;
        }

        addon.State = SimAddon.Provisioned;
        addon.ProvisionMessage = addon.Service.Data == "none" ? string.Empty : $"{addon.Service.HumanName} has been created and is available.";
        foreach (var attachment in AttachmentsOf(addon).ToList())
            ApplyAttachment(attachment, addon.ReadyAt);
    }

    /// <summary>A follow or fork source: an add-on by name or id, an attachment name on the app, or a URL one exposes.</summary>
    private SimAddon ResolveSource(SimApp app, string identity, SimAddonService service, string option)
    {
        var source = Addons.Where(a => !a.Destroyed).FirstOrDefault(a =>
                SimCatalog.Matches(a.Id, a.Name, identity) || a.Credentials.Values.Contains(identity))
            ?? Attachments.FirstOrDefault(t => t.App == app && t.Name == identity.Replace("_URL", string.Empty, StringComparison.Ordinal))?.Addon
            ?? throw HerokuApiException.InvalidParams($"Couldn't find the add-on \"{identity}\" given as {option}.");
        if (source.Service != service)
            throw HerokuApiException.InvalidParams($"{source.Name} is a {source.Service.Name} add-on; {option} needs a {service.Name} one.");
        if (source.State != SimAddon.Provisioned)
            throw HerokuApiException.InvalidParams($"{source.Name} is not available yet; try again once it is provisioned.");
        return source;
    }

    private string GenerateAddonName(SimAddonService service)
    {
        var prefix = service.Name.Replace("heroku-", string.Empty, StringComparison.Ordinal);
        while (true)
        {
            var name = $"{prefix}-{Pick(Words.Adjectives)}-{Random.Next(10_000, 99_999)}";
            if (Addons.All(a => a.Name != name))
                return name;
        }
    }

    private static string PlanList(IEnumerable<SimPlan> plans) => string.Join(", ", plans.Select(p => p.FullName));

    [GeneratedRegex("^[a-zA-Z][A-Za-z0-9_-]+$")]
    private static partial Regex AddonName();
}
