namespace Cutover.Sandbox.Heroku.Model;

/// <summary>What surrounds an app: its log drains, the people with access and their permissions, its webhooks.</summary>
internal sealed partial class SimWorld
{
    /// <summary>Heroku's team-app permissions; <c>view</c> comes with every other.</summary>
    public static readonly IReadOnlyList<string> PermissionNames = ["deploy", "manage", "operate", "view"];

    /// <summary>Webhook entities (https://devcenter.heroku.com/articles/app-webhooks).</summary>
    public static readonly IReadOnlyList<string> WebhookEntities =
    [
        "api:addon-attachment", "api:addon", "api:app", "api:build", "api:collaborator", "api:domain", "api:dyno",
        "api:formation", "api:release", "api:sni-endpoint", "dyno",
    ];

    private static readonly string[] DrainSchemes = ["syslog", "syslog+tls", "https", "http"];

    public SimLogDrain AddLogDrain(SimApp app, string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !DrainSchemes.Contains(uri.Scheme) || uri.Host.Length == 0)
            throw HerokuApiException.InvalidParams($"Url is invalid: a drain URL is syslog://, syslog+tls://, https:// or http:// with a host.");
        if (app.LogDrains.Any(d => d.Url == url))
            throw HerokuApiException.InvalidParams("Url has already been taken.");
        var drain = new SimLogDrain(NewId(), url, $"d.{NewId():D}", Now);
        app.LogDrains.Add(drain);
        return drain;
    }

    /// <summary>A drain of the app by URL, token or id (the URL may arrive percent-encoded, as the CLI sends it).</summary>
    public static SimLogDrain LogDrain(SimApp app, string identity)
    {
        var decoded = Uri.UnescapeDataString(identity);
        return app.LogDrains.FirstOrDefault(d => d.Url == decoded || d.Token == decoded || (Guid.TryParse(decoded, out var id) && d.Id == id))
            ?? throw HerokuApiException.NotFound("log drain");
    }

    /// <summary>Gives a known Heroku user access to the app; on a team app <c>view</c> is added to what is asked.</summary>
    public SimCollaborator AddCollaborator(SimApp app, string user, IEnumerable<string>? permissions)
    {
        var email = KnownUser(user);
        if (email.Equals(Account.Email, StringComparison.OrdinalIgnoreCase) || app.Collaborators.Any(c => c.Email.Equals(email, StringComparison.OrdinalIgnoreCase)))
            throw HerokuApiException.InvalidParams($"{email} is already a collaborator on {app.Name}.");
        var collaborator = new SimCollaborator
        {
            Id = NewId(),
            Email = email,
            Permissions = Permissions(app, permissions),
            CreatedAt = Now,
            UpdatedAt = Now,
        };
        app.Collaborators.Add(collaborator);
        return collaborator;
    }

    public void UpdateCollaborator(SimApp app, SimCollaborator collaborator, IEnumerable<string> permissions)
    {
        if (app.Team is null)
            throw HerokuApiException.InvalidParams("Permissions apply to team apps only.");
        collaborator.Permissions = Permissions(app, permissions);
        collaborator.UpdatedAt = Now;
    }

    /// <summary>A collaborator of the app by email or id.</summary>
    public static SimCollaborator Collaborator(SimApp app, string identity) =>
        app.Collaborators.FirstOrDefault(c => c.Email.Equals(identity, StringComparison.OrdinalIgnoreCase) || (Guid.TryParse(identity, out var id) && c.Id == id))
        ?? throw HerokuApiException.NotFound("collaborator");

    public SimWebhook AddWebhook(SimApp app, IReadOnlyList<string> include, string level, string url, string? secret, string? authorization)
    {
        var webhook = new SimWebhook
        {
            Id = NewId(),
            Url = WebhookUrl(url),
            Include = WebhookInclude(include),
            Level = WebhookLevel(level),
            Secret = secret ?? Hex(40),
            Authorization = authorization,
            CreatedAt = Now,
            UpdatedAt = Now,
        };
        if (app.Webhooks.Any(h => h.Url == webhook.Url))
            throw HerokuApiException.InvalidParams("Url has already been taken for this app.");
        app.Webhooks.Add(webhook);
        return webhook;
    }

    public void UpdateWebhook(SimWebhook webhook, IReadOnlyList<string>? include, string? level, string? url, string? secret, string? authorization)
    {
        if (include is not null)
            webhook.Include = WebhookInclude(include);
        if (level is not null)
            webhook.Level = WebhookLevel(level);
        if (url is not null)
            webhook.Url = WebhookUrl(url);
        if (secret is not null)
            webhook.Secret = secret;
        if (authorization is not null)
            webhook.Authorization = authorization;
        webhook.UpdatedAt = Now;
    }

    public static SimWebhook Webhook(SimApp app, string identity) =>
        app.Webhooks.FirstOrDefault(h => Guid.TryParse(identity, out var id) && h.Id == id) ?? throw HerokuApiException.NotFound("webhook");

    private string KnownUser(string identity) =>
        Users.FirstOrDefault(u => u.Equals(identity, StringComparison.OrdinalIgnoreCase) || (Guid.TryParse(identity, out var id) && StableId.For("account", u) == id))
        ?? (identity.Equals(Account.Email, StringComparison.OrdinalIgnoreCase) ? Account.Email : throw HerokuApiException.NotFound("user"));

    private static SortedSet<string> Permissions(SimApp app, IEnumerable<string>? asked)
    {
        if (app.Team is null)
            return asked is null || !asked.Any() ? new(StringComparer.Ordinal) : throw HerokuApiException.InvalidParams("Permissions apply to team apps only.");
        var permissions = new SortedSet<string>(asked ?? [], StringComparer.Ordinal) { "view" };
        var unknown = permissions.Where(p => !PermissionNames.Contains(p)).ToList();
        return unknown.Count == 0
            ? permissions
            : throw HerokuApiException.InvalidParams($"Unknown permission {string.Join(", ", unknown)}: use {string.Join(", ", PermissionNames)}.");
    }

    private static string WebhookUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Length > 0
            ? url
            : throw HerokuApiException.InvalidParams("Url must be an absolute http or https URL.");

    private static List<string> WebhookInclude(IReadOnlyList<string> include)
    {
        if (include.Count == 0)
            throw HerokuApiException.InvalidParams("Include must name at least one entity.");
        var unknown = include.Where(e => !WebhookEntities.Contains(e)).ToList();
        return unknown.Count == 0
            ? [.. include.Distinct(StringComparer.Ordinal)]
            : throw HerokuApiException.InvalidParams($"Unknown entity {string.Join(", ", unknown)}: use {string.Join(", ", WebhookEntities)}.");
    }

    private static string WebhookLevel(string level) =>
        level is "notify" or "sync" ? level : throw HerokuApiException.InvalidParams("Level must be notify or sync.");
}
