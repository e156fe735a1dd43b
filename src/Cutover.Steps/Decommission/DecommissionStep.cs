namespace Cutover.Steps.Decommission;

/// <summary>
/// <c>decommission</c> (destructive): takes the source out of its pipeline, then <c>DELETE /apps/{source}</c> (<see href="https://devcenter.heroku.com/articles/migrating-apps-from-the-common-runtime-to-a-private-space">Heroku's migration guide</see>). Heroku deletes the
/// add-ons billed to an app with it, so it refuses while any Postgres, Key-Value Store (Redis) or Kafka add-on is
/// still attached or billed to the source (<c>GET /apps/{source}/addons</c> and
/// <c>GET /apps/{source}/addon-attachments</c>). A source already gone counts as done.
/// </summary>
public sealed class DecommissionStep(IAppsApi apps, IAddOnsApi addOns, IAddOnAttachmentsApi attachments, IPipelinesApi pipelines)
    : RunbookStep(StepIds.Decommission)
{
    /// <summary>Data services whose add-ons would be lost with the app.</summary>
    private static readonly HashSet<string> DataServices = new(StringComparer.Ordinal) { "heroku-postgresql", "heroku-redis", "heroku-kafka" };

    protected override async Task<StepResult> RunAsync(Run run, CancellationToken cancellationToken)
    {
        var source = run.SourceApp;
        if (await StepReads.FindAppAsync(apps, source, cancellationToken).ConfigureAwait(false) is null)
            return StepResult.Done($"{source} is already deleted.");

        var billedOrAttached = (await HerokuPaging.ListAllAsync<AddOn>((range, ct) => addOns.ListAsync(source, range, ct), cancellationToken).ConfigureAwait(false))
            .Where(a => !string.Equals(a.State, "deprovisioned", StringComparison.Ordinal))
            .ToList();
        var attached = await HerokuPaging.ListAllAsync<AddOnAttachment>(
            (range, ct) => attachments.ListAsync(source, HerokuMediaTypes.IncludeAddOnPlanAndConfigVars, range, ct), cancellationToken).ConfigureAwait(false);

        var blocking = billedOrAttached
            .Select(a => (a.Name, Service: a.AddonService?.Name ?? ServiceOf(a.Plan?.Name)))
            .Concat(attached.Where(t => t.Addon is not null).Select(t => (t.Addon!.Name, Service: ServiceOf(t.Addon.Plan?.Name))))
            .Where(a => a.Service is not null && DataServices.Contains(a.Service))
            .Distinct()
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .ToList();
        if (blocking.Count > 0)
        {
            return StepResult.Failed($"Refusing to delete {source}: {string.Join(", ", blocking.Select(a => $"{a.Name} ({a.Service})"))} "
                                     + "still attached or billed to it, and Heroku deletes an app's add-ons with it. "
                                     + "Finish the data cutover and destroy or detach them on the source, then retry.");
        }

        var left = await LeavePipelineAsync(source, cancellationToken).ConfigureAwait(false);
        try
        {
            await apps.DeleteAsync(source, cancellationToken).ConfigureAwait(false);
        }
        catch (HerokuApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return StepResult.Done($"{source} is already deleted.");
        }

        var gone = billedOrAttached.Where(a => string.Equals(a.App?.Name, source, StringComparison.Ordinal)).Select(a => a.Name).ToList();
        return StepResult.Done(left + $"Deleted {source}" + (gone.Count > 0 ? $" with its remaining add-ons: {StepReads.Names(gone)}." : "."));
    }

    /// <summary>
    /// Takes the source out of its pipeline stage (<c>DELETE /pipeline-couplings/{id}</c>), leaving the target there;
    /// the note for the thread, empty when it was in none (<c>GET /apps/{source}/pipeline-couplings</c> answers 404).
    /// </summary>
    private async Task<string> LeavePipelineAsync(string source, CancellationToken cancellationToken)
    {
        try
        {
            var coupling = await pipelines.GetCouplingAsync(source, cancellationToken).ConfigureAwait(false);
            await pipelines.UncoupleAsync(coupling.Id, cancellationToken).ConfigureAwait(false);
            return $"Took {source} out of its pipeline ({coupling.Stage}). ";
        }
        catch (HerokuApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return string.Empty;
        }
    }

    /// <summary>The service part of a plan name such as <c>heroku-postgresql:standard-0</c>.</summary>
    private static string? ServiceOf(string? plan) => plan?.Split(':', 2)[0];
}
