namespace Cutover.Infrastructure.Heroku;

/// <summary>
/// Reads a source app for preflight, one call per resource and all in parallel: the newest release (then its slug),
/// formation, add-ons, attachments (with <c>Accept-Inclusion: addon:plan,config_vars</c>), domains, config vars,
/// buildpacks and features — 9 calls when the newest release has a slug, 8 otherwise (plus one per extra page of a
/// list longer than Heroku's 200-item page). Config var values are read because the API has no names-only route;
/// only the keys leave this class. Heroku lists by id, so every list without a meaningful order (add-ons by name,
/// their attachments and config vars, domains, config var names, features, process types) is sorted ordinally to
/// keep the snapshot deterministic; buildpacks keep their run order.
/// </summary>
internal sealed class HerokuSourceReader(
    IReleasesApi releases,
    ISlugsApi slugs,
    IFormationApi formation,
    IAddOnsApi addOns,
    IAddOnAttachmentsApi attachments,
    IDomainsApi domains,
    IConfigVarsApi configVars,
    IBuildpackInstallationsApi buildpacks,
    IAppFeaturesApi features)
{
    /// <summary>The <c>kind</c> of a domain the app's owner added (the other kind, <c>heroku</c>, is the app's own).</summary>
    public const string CustomDomainKind = "custom";

    private const string DefaultDomainSuffix = ".herokuapp.com";

    /// <summary>The snapshot of <paramref name="app"/> (as <c>GET /apps/{app}</c> answered it).</summary>
    public async Task<SourceSnapshot> ReadAsync(App app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        var name = app.Name;
        var release = ReadNewestReleaseAsync(name, cancellationToken);
        var formationRead = ListAsync<Formation>((range, ct) => formation.ListAsync(name, range, ct), cancellationToken);
        var addOnsRead = ListAsync<AddOn>((range, ct) => addOns.ListAsync(name, range, ct), cancellationToken);
        var attachmentsRead = ListAsync<AddOnAttachment>(
            (range, ct) => attachments.ListAsync(name, HerokuMediaTypes.IncludeAddOnPlanAndConfigVars, range, ct), cancellationToken);
        var domainsRead = ListAsync<Domain>((range, ct) => domains.ListAsync(name, range, ct), cancellationToken);
        var configRead = ReadConfigVarNamesAsync(name, cancellationToken);
        var buildpacksRead = ListAsync<BuildpackInstallation>((range, ct) => buildpacks.ListAsync(name, range, ct), cancellationToken);
        var featuresRead = ListAsync<AppFeature>((range, ct) => features.ListAsync(name, range, ct), cancellationToken);
        await Task.WhenAll(release, formationRead, addOnsRead, attachmentsRead, domainsRead, configRead, buildpacksRead, featuresRead)
            .ConfigureAwait(false);

        return new SourceSnapshot(
            name,
            app.Region?.Name ?? string.Empty,
            app.Stack?.Name ?? string.Empty,
            app.Generation?.Name ?? HerokuPlatform.DefaultGeneration,
            app.Space?.Name,
            await release.ConfigureAwait(false),
            [.. (await formationRead.ConfigureAwait(false))
                .Select(f => new FormationEntry(f.Type, f.Quantity, f.DynoSize?.Name ?? f.Size ?? string.Empty))
                .OrderBy(f => f.Type, StringComparer.Ordinal)],
            Addons(app, await addOnsRead.ConfigureAwait(false), await attachmentsRead.ConfigureAwait(false)),
            [.. (await domainsRead.ConfigureAwait(false))
                .Where(IsCustom)
                .Select(d => new DomainInfo(d.Hostname, d.Cname, d.SniEndpoint?.Name))
                .OrderBy(d => d.Hostname, StringComparer.Ordinal)],
            await configRead.ConfigureAwait(false),
            [.. (await buildpacksRead.ConfigureAwait(false)).OrderBy(b => b.Ordinal).Select(b => b.Buildpack.Url)],
            [.. (await featuresRead.ConfigureAwait(false)).Where(f => f.Enabled).Select(f => f.Name).Order(StringComparer.Ordinal)]);
    }

    /// <summary>The plan part of <c>service:plan</c> (<c>standard-0</c>), or the whole name when it has no service.</summary>
    public static string PlanPart(string? planName) =>
        planName is null ? string.Empty : planName[(planName.IndexOf(':', StringComparison.Ordinal) + 1)..];

    /// <summary>The service part of <c>service:plan</c> (<c>heroku-postgresql</c>), or empty when it has none.</summary>
    public static string ServicePart(string? planName)
    {
        var colon = planName?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 ? planName![..colon] : string.Empty;
    }

    /// <summary>
    /// Each add-on listed for the app, with the attachments the app holds on it and the config vars they own there:
    /// every attachment's <c>config_vars</c> (from the inclusion) plus, for an add-on billed to the app, the add-on's
    /// own <c>config_vars</c> — the names a migration must not copy.
    /// </summary>
    private static List<AddonInfo> Addons(App app, List<AddOn> addOns, List<AddOnAttachment> onApp) =>
    [
        .. addOns.Select(addOn =>
        {
            var billedToSource = IsApp(addOn.App, app);
            var attached = onApp.Where(t => t.Addon is { } a && (a.Id == addOn.Id || a.Name == addOn.Name)).ToList();
            var owned = attached.SelectMany(t => t.ConfigVars ?? []).Concat(billedToSource ? addOn.ConfigVars : []);
            return new AddonInfo(
                addOn.Id,
                addOn.Name,
                addOn.AddonService?.Name ?? ServicePart(addOn.Plan?.Name),
                PlanPart(addOn.Plan?.Name),
                [.. attached.Select(t => t.Name).Order(StringComparer.Ordinal)],
                [.. owned.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                billedToSource);
        }).OrderBy(a => a.Name, StringComparer.Ordinal),
    ];

    private static bool IsApp(ResourceRef? reference, App app) =>
        reference is not null && (reference.Id == app.Id || reference.Name == app.Name);

    /// <summary>A domain the app's owner added (not the app's own <c>herokuapp.com</c> name).</summary>
    internal static bool IsCustom(Domain domain) =>
        domain.Kind == CustomDomainKind && !domain.Hostname.EndsWith(DefaultDomainSuffix, StringComparison.OrdinalIgnoreCase);

    internal static Task<List<T>> ListAsync<T>(Func<string?, CancellationToken, Task<Refit.ApiResponse<List<T>>>> fetchPage, CancellationToken cancellationToken) =>
        HerokuPaging.ReadAllAsync(fetchPage, cancellationToken: cancellationToken).ToListAsync(cancellationToken).AsTask();

    /// <summary><c>Range: version ..; max=1, order=desc</c>, then <c>GET /apps/{app}/slugs/{slug}</c> for the slug's stack.</summary>
    private async Task<ReleaseInfo?> ReadNewestReleaseAsync(string app, CancellationToken cancellationToken)
    {
        Release? newest;
        using (var response = await releases.ListAsync(app, HerokuRange.Newest("version").ToString(), cancellationToken).ConfigureAwait(false))
        {
            if (response.Error is { } error)
                throw error;
            newest = response.Content?.FirstOrDefault();
        }

        if (newest is null)
            return null;
        var slugId = newest.Slug?.Id;
        var stack = slugId is null ? null : await ReadSlugStackAsync(app, slugId, cancellationToken).ConfigureAwait(false);
        return new ReleaseInfo(newest.Version, newest.Status, slugId, stack);
    }

    /// <summary>The slug's stack; null when the slug is gone (404, e.g. an expired release).</summary>
    private async Task<string?> ReadSlugStackAsync(string app, string slugId, CancellationToken cancellationToken)
    {
        try
        {
            return (await slugs.GetAsync(app, slugId, cancellationToken).ConfigureAwait(false)).Stack?.Name;
        }
        catch (HerokuApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>The keys of <c>GET /apps/{app}/config-vars</c>, sorted; the values are dropped here and never logged.</summary>
    private async Task<IReadOnlyList<string>> ReadConfigVarNamesAsync(string app, CancellationToken cancellationToken)
    {
        var variables = await configVars.GetAsync(app, cancellationToken).ConfigureAwait(false);
        return [.. variables.Keys.Order(StringComparer.Ordinal)];
    }
}
