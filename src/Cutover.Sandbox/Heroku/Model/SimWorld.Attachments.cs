namespace Cutover.Sandbox.Heroku.Model;

/// <summary>Attachments: names, the config vars they own, re-pointing (promote) with confirmation, detaching.</summary>
internal sealed partial class SimWorld
{
    /// <summary>
    /// Attaches an add-on to an app. A name the app already uses for another add-on is re-pointed — the way
    /// <c>pg:promote</c> moves <c>DATABASE</c> — but only with <c>"confirm": "&lt;app&gt;"</c>.
    /// </summary>
    public SimAttachment CreateAttachment(SimAddon addon, SimApp app, string? name, string? ns, string? confirm)
    {
        var attachmentName = name ?? DefaultAttachmentNames(app, addon.Service)[0];
        var existing = Attachments.FirstOrDefault(t => t.App == app && t.Name == attachmentName && t.Namespace == ns);
        if (existing is null)
        {
            ValidateAttachmentName(app, attachmentName, ns);
            return Attach(addon, app, attachmentName, ns);
        }

        if (existing.Addon == addon)
            return existing;
        if (confirm != app.Name)
        {
            throw HerokuApiException.ConfirmationRequired(
                $"{attachmentName} on {app.Name} is attached to {existing.Addon.Name}. To point it at {addon.Name} instead, confirm by passing \"confirm\": \"{app.Name}\".");
        }

        foreach (var variable in existing.ConfigVarNames)
            app.Config.Remove(variable);
        existing.Addon = addon;
        existing.UpdatedAt = Now;
        if (addon.State == SimAddon.Provisioned)
            ApplyAttachment(existing, Now);
        return existing;
    }

    /// <summary>Detaches; the billing app's last attachment cannot go (destroy the add-on instead).</summary>
    public void Detach(SimAttachment attachment)
    {
        var addon = attachment.Addon;
        if (attachment.App == addon.BillingApp && AttachmentsOf(addon).Count(t => t.App == addon.BillingApp) == 1)
            throw HerokuApiException.InvalidParams($"Cannot destroy last attachment to billing app for resource {addon.Name}. Destroy the add-on instead.");
        DetachCore(attachment);
    }

    private SimAttachment Attach(SimAddon addon, SimApp app, string name, string? ns)
    {
        var attachment = new SimAttachment
        {
            Id = NewId(),
            Name = name,
            Namespace = ns,
            Addon = addon,
            App = app,
            CreatedAt = Now,
            UpdatedAt = Now,
        };
        Attachments.Add(attachment);
        if (addon.State == SimAddon.Provisioned)
            ApplyAttachment(attachment, Now);
        return attachment;
    }

    /// <summary>Writes the attachment's config vars on its app (overwriting any same-named var), one release.</summary>
    private void ApplyAttachment(SimAttachment attachment, DateTimeOffset at)
    {
        foreach (var suffix in attachment.Addon.Service.ConfigVarSuffixes)
            attachment.App.Config[attachment.Name + suffix] = attachment.Addon.Credentials[suffix];
        ConfigRelease(attachment.App, $"Attach {attachment.Name} (@ref:{attachment.Addon.Name})", at);
    }

    private void DetachCore(SimAttachment attachment)
    {
        Attachments.Remove(attachment);
        var removed = attachment.ConfigVarNames.Count(attachment.App.Config.Remove);
        if (removed > 0 && Apps.Contains(attachment.App))
            ConfigRelease(attachment.App, $"Detach {attachment.Name} (@ref:{attachment.Addon.Name})");
    }

    /// <summary>
    /// The names a new attachment of this service gets: the service default (DATABASE, REDIS, …) when the app
    /// has none by that name, else a colour name (HEROKU_POSTGRESQL_ROSE); Postgres's first gets both.
    /// </summary>
    private List<string> DefaultAttachmentNames(SimApp app, SimAddonService service)
    {
        var taken = AttachmentsOf(app).Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var defaultFree = !taken.Contains(service.DefaultAttachment);
        if (service.ColorPrefix is not { } prefix)
        {
            var numbered = Enumerable.Range(2, 100).Select(n => $"{service.DefaultAttachment}_{n}").First(n => !taken.Contains(n));
            return [defaultFree ? service.DefaultAttachment : numbered];
        }

        var color = Words.Colors.Select(c => $"{prefix}_{c}").FirstOrDefault(n => !taken.Contains(n)) ?? $"{prefix}_{Hex(6).ToUpperInvariant()}";
        if (!defaultFree)
            return [color];
        return service.AttachBoth ? [service.DefaultAttachment, color] : [service.DefaultAttachment];
    }

    private void ValidateAttachmentName(SimApp app, string name, string? ns)
    {
        if (!AttachmentName().IsMatch(name))
            throw HerokuApiException.InvalidParams($"Attachment name \"{name}\" is invalid: use upper-case letters, digits and underscores, starting with a letter.");
        if (Attachments.Any(t => t.App == app && t.Name == name && t.Namespace == ns))
            throw HerokuApiException.InvalidParams($"Attachment name {name} is already used on {app.Name}.");
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex AttachmentName();
}
