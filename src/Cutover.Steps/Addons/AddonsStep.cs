namespace Cutover.Steps.Addons;

/// <summary>
/// <c>addons</c> (step 6): provisions on the target what the <see cref="CurrentPlan"/> proposes before the window (<see href="https://devcenter.heroku.com/articles/heroku-postgres-and-private-spaces">Postgres and Private Spaces</see>): every
/// <see cref="DataStrategy.Provision"/> add-on on its proposed plan (<c>POST /apps/{target}/addons</c>) unless one of that
/// service and plan is already there, and the Postgres follower (<c>config.follow</c> = the leader, attached as
/// <c>DATABASE_FOLLOWER</c> so it does not take <c>DATABASE_URL</c>) unless a follower of that leader is already there.
/// It records the follower in <see cref="IRunFacts"/>, then polls <c>GET /apps/{target}/addons/{id}</c> and the Data API's
/// <c>wait_status</c> with backoff until all are ready, one fails, or <see cref="MigrationOptions.AddonTimeout"/> passes.
/// Forks, Kafka and static-IP add-ons are left to <c>data-cutover</c> or the space.
/// </summary>
public sealed class AddonsStep(
    CurrentPlan currentPlan,
    IAddOnsApi addOns,
    IAddOnAttachmentsApi attachments,
    IPostgresDataApi postgres,
    IRunFacts facts,
    MigrationOptions options,
    TimeProvider timeProvider) : PlannedStep(StepIds.Addons, currentPlan)
{
    /// <summary>Run fact: the follower's add-on id on the target.</summary>
    public const string FollowerFact = "postgres.follower";

    /// <summary>Run fact: the name of the source's Postgres add-on the follower follows.</summary>
    public const string LeaderFact = "postgres.leader";

    public const string Provisioning = "provisioning";
    public const string Deprovisioned = "deprovisioned";

    private const string FollowerAttachment = "DATABASE_FOLLOWER";

    protected override async Task<StepResult> RunAsync(Run run, PlanningInput inspected, MigrationPlan plan, CancellationToken cancellationToken)
    {
        var target = run.TargetApp;
        var (input, rows) = (inspected, plan.Addons);
        var existing = await HerokuPaging.ListAllAsync<AddOn>((range, ct) => addOns.ListAsync(target, range, ct), cancellationToken).ConfigureAwait(false);
        var deadline = timeProvider.GetUtcNow() + options.AddonTimeout;
        var notes = new List<string>();

        var provisions = new List<AddOn>();
        foreach (var row in rows.Where(r => r.Strategy == DataStrategy.Provision && r.ProposedPlan is not null))
        {
            var addOnPlan = FullPlan(row);
            var found = existing.FirstOrDefault(a => IsLive(a) && string.Equals(a.Plan?.Name, addOnPlan, StringComparison.OrdinalIgnoreCase));
            provisions.Add(found ?? await addOns.CreateAsync(target, new AddOnCreate(addOnPlan, Confirm: target), cancellationToken).ConfigureAwait(false));
            notes.Add(found is null ? $"Provisioned {addOnPlan} for {row.Name}." : $"{addOnPlan} for {row.Name} already there.");
        }

        notes.AddRange(await AttachSharedAsync(target, rows, input.Source.Addons, cancellationToken).ConfigureAwait(false));

        AddOn? follower = null;
        string? followerNote = null;
        var leader = Leader(rows, input.Source.Addons);
        if (leader is not null)
        {
            follower = await FindFollowerAsync(run.Id, leader.Name, existing, cancellationToken).ConfigureAwait(false);
            var followerPlan = FullPlan(leader);
            var created = follower is null;
            follower ??= await addOns.CreateAsync(target, new AddOnCreate(followerPlan, new AddOnCreateAttachment(FollowerAttachment),
                new Dictionary<string, string>(StringComparer.Ordinal) { ["follow"] = leader.Name }, Confirm: target), cancellationToken).ConfigureAwait(false);
            if (await facts.GetAsync(run.Id, FollowerFact, cancellationToken).ConfigureAwait(false) != follower.Id)
                await facts.SetAsync(run.Id, FollowerFact, follower.Id, cancellationToken).ConfigureAwait(false);
            if (await facts.GetAsync(run.Id, LeaderFact, cancellationToken).ConfigureAwait(false) != leader.Name)
                await facts.SetAsync(run.Id, LeaderFact, leader.Name, cancellationToken).ConfigureAwait(false);
            followerNote = created
                ? $"Created follower {follower.Name} ({followerPlan}, attached as {FollowerAttachment}) of {leader.Name}"
                : $"Follower {follower.Name} of {leader.Name} already there";
        }

        foreach (var addOn in follower is null ? provisions : [.. provisions, follower])
        {
            var ready = await WaitProvisionedAsync(addOns, target, addOn, deadline, timeProvider, cancellationToken).ConfigureAwait(false);
            if (NotProvisioned(ready, target, options.AddonTimeout) is { } failure)
                return StepResult.Failed(failure);
        }

        if (follower is not null)
        {
            var waited = await WaitDatabaseAsync(follower.Id, deadline, cancellationToken).ConfigureAwait(false);
            if (waited is not { Waiting: false, Error: false })
            {
                return StepResult.Failed(waited is { Error: true }
                    ? $"Follower {follower.Name} on {target} reports an error ({waited.Message}): check it in the Heroku dashboard, then retry."
                    : $"Follower {follower.Name} on {target} is still not ready after {Minutes(options.AddonTimeout)} ({waited?.Message ?? "not known to the Data API yet"}): "
                      + "retry later; it is waited on, not created again.");
            }

            var database = await postgres.GetAsync(follower.Id, cancellationToken).ConfigureAwait(false);
            notes.Add($"{followerNote}; it is {BehindBy(database)} behind.");
        }

        notes.AddRange(Deferred(rows));
        return StepResult.Done(string.Join(" ", notes));
    }

    /// <summary>
    /// Add-ons billed to another app and attached to the source get an attachment on the target with the same name
    /// (<c>POST /addon-attachments</c>) unless one is there already.
    /// </summary>
    private async Task<List<string>> AttachSharedAsync(string target, IReadOnlyList<AddonPlanRow> rows, IReadOnlyList<AddonInfo> source,
        CancellationToken cancellationToken)
    {
        var notes = new List<string>();
        var shared = rows.Where(r => r.Strategy == DataStrategy.AttachShared).ToList();
        if (shared.Count == 0)
            return notes;
        var onTarget = await HerokuPaging.ListAllAsync<AddOnAttachment>(
            (range, ct) => attachments.ListAsync(target, null, range, ct), cancellationToken).ConfigureAwait(false);
        foreach (var row in shared)
        {
            var addon = source.First(a => string.Equals(a.Name, row.Name, StringComparison.Ordinal));
            foreach (var name in addon.Attachments.DefaultIfEmpty((string?)null))
            {
                if (onTarget.Any(t => string.Equals(t.Addon?.Id, addon.Id, StringComparison.Ordinal) && (name is null || string.Equals(t.Name, name, StringComparison.Ordinal))))
                {
                    notes.Add($"{addon.Name} already attached to {target}{(name is null ? string.Empty : $" as {name}")}.");
                    continue;
                }

                await attachments.CreateAsync(new AddOnAttachmentCreate(addon.Id, target, name, Confirm: target), cancellationToken).ConfigureAwait(false);
                notes.Add($"Attached shared {addon.Name} to {target}{(name is null ? string.Empty : $" as {name}")} (billed to its owner app).");
            }
        }

        return notes;
    }

    /// <summary>The replication lag as Heroku words it (e.g. <c>0 commits</c>), or <c>an unknown amount</c>.</summary>
    public static string BehindBy(PostgresDatabase database) =>
        database.InfoValues("Behind By") is [{ } text, ..] ? text : "an unknown amount";

    /// <summary>The lag's number (the leading integer of <c>Behind By</c>), or null when there is none to read.</summary>
    public static long? Lag(PostgresDatabase database) =>
        database.InfoValues("Behind By") is [{ } text, ..]
        && long.TryParse(text.Split(' ', 2)[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var lag) ? lag : null;

    /// <summary>Polls <c>GET /apps/{app}/addons/{id}</c> with backoff while it is provisioning, up to <paramref name="deadline"/>.</summary>
    public static Task<AddOn> WaitProvisionedAsync(
        IAddOnsApi addOns, string app, AddOn addOn, DateTimeOffset deadline, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        PollAsync(addOn, ct => addOns.GetAsync(app, addOn.Id, ct), a => a.State != Provisioning, deadline, timeProvider, cancellationToken);

    /// <summary>A failure naming the add-on when it did not end up provisioned, else null.</summary>
    public static string? NotProvisioned(AddOn addOn, string app, TimeSpan timeout) => addOn.State switch
    {
        Deprovisioned => $"Provisioning {addOn.Plan?.Name} ({addOn.Name}) on {app} failed: Heroku reports it deprovisioned. "
                         + "Check the provider's status, then retry; a new add-on will be created.",
        Provisioning => $"{addOn.Plan?.Name} ({addOn.Name}) on {app} is still provisioning after {Minutes(timeout)}: "
                        + "retry later; it is waited on, not created again.",
        _ => null,
    };

    /// <summary>Reads until <paramref name="settled"/> or the deadline, waiting 5 s, 10 s, 20 s, then 30 s between reads.</summary>
    public static Task<T> PollAsync<T>(
        T first, Func<CancellationToken, Task<T>> read, Func<T, bool> settled, DateTimeOffset deadline, TimeProvider timeProvider, CancellationToken cancellationToken) =>
        Polling.UntilAsync(first, read, settled, deadline, Polling.Slow, timeProvider, cancellationToken);

    public static string Minutes(TimeSpan span) => $"{span.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture)} min";

    private static string FullPlan(AddonPlanRow row) => $"{row.Service}:{row.ProposedPlan}";

    private static bool IsLive(AddOn addOn) => addOn.State != Deprovisioned;

    /// <summary>The Postgres to follow: the one attached as <c>DATABASE</c> on the source, else the first followable one.</summary>
    private static AddonPlanRow? Leader(IReadOnlyList<AddonPlanRow> rows, IReadOnlyList<AddonInfo> source)
    {
        var followable = rows.Where(r => r.Strategy == DataStrategy.Follower && r.ProposedPlan is not null).ToList();
        var database = source.FirstOrDefault(a => a.Attachments.Contains("DATABASE", StringComparer.Ordinal))?.Name;
        return followable.FirstOrDefault(r => r.Name == database) ?? followable.FirstOrDefault();
    }

    /// <summary>The follower recorded for this run if it still exists, else a target Postgres the Data API says follows the leader.</summary>
    private async Task<AddOn?> FindFollowerAsync(long runId, string leader, List<AddOn> existing, CancellationToken cancellationToken)
    {
        var recorded = await facts.GetAsync(runId, FollowerFact, cancellationToken).ConfigureAwait(false);
        if (existing.FirstOrDefault(a => a.Id == recorded && IsLive(a)) is { } known)
            return known;
        foreach (var candidate in existing.Where(a => IsLive(a) && a.AddonService?.Name == "heroku-postgresql"))
        {
            var database = await FindDatabaseAsync(candidate.Id, cancellationToken).ConfigureAwait(false);
            if (database is not null && (database.Leader == leader || database.InfoValues("Following").Contains(leader, StringComparer.Ordinal)))
                return candidate;
        }

        return null;
    }

    /// <summary>Polls the Data API's <c>wait_status</c> (404 for a while after creation, as the CLI expects) until it stops waiting.</summary>
    private async Task<PostgresWaitStatus?> WaitDatabaseAsync(string id, DateTimeOffset deadline, CancellationToken cancellationToken)
    {
        var first = await ReadWaitStatusAsync(id, cancellationToken).ConfigureAwait(false);
        return await PollAsync(first, ct => ReadWaitStatusAsync(id, ct), s => s is { Waiting: false } or { Error: true }, deadline, timeProvider, cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<PostgresWaitStatus?> ReadWaitStatusAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            return await postgres.GetWaitStatusAsync(id, cancellationToken).ConfigureAwait(false);
        }
        catch (HerokuApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    private async Task<PostgresDatabase?> FindDatabaseAsync(string id, CancellationToken cancellationToken)
    {
        try
        {
            return await postgres.GetAsync(id, cancellationToken).ConfigureAwait(false);
        }
        catch (HerokuApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>One sentence per add-on this step leaves alone, saying where it goes instead.</summary>
    private static IEnumerable<string> Deferred(IReadOnlyList<AddonPlanRow> rows)
    {
        var fork = rows.Where(r => r.Strategy == DataStrategy.Fork).Select(r => r.Name).ToList();
        var later = rows.Where(r => r.Strategy is DataStrategy.GuidedManual or DataStrategy.CopyWithDowntime).Select(r => r.Name).ToList();
        var nat = rows.Where(r => r.Strategy == DataStrategy.ReplacedByNat).Select(r => r.Name).ToList();
        var none = rows.Where(r => r.Strategy == DataStrategy.None).Select(r => r.Name).ToList();
        if (fork.Count > 0)
            yield return $"Not yet: {StepReads.Names(fork)} will be forked in step 9 (data-cutover), with the source in maintenance.";
        if (later.Count > 0)
            yield return $"Not yet: {StepReads.Names(later)} move in step 9 (data-cutover).";
        if (nat.Count > 0)
            yield return $"Not provisioned: {StepReads.Names(nat)} (the space's NAT IPs replace it).";
        if (none.Count > 0)
            yield return $"Not provisioned: {StepReads.Names(none)} (no plan available to the space).";
    }
}
