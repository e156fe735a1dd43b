namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>
/// Body of <c>POST /addon-attachments</c> (SCHEMA <c>add-on-attachment</c> Create). Attaching under a name
/// another add-on already holds re-points that name — this is how a follower is promoted to <c>DATABASE</c>.
/// </summary>
/// <param name="Addon">Add-on id or name (a string, not an object — per the schema).</param>
/// <param name="App">App id or name to attach to.</param>
/// <param name="Name">Attachment name, e.g. <c>DATABASE</c>; null lets Heroku pick and is not sent.</param>
/// <param name="Namespace">Attachment namespace; null (sent as null) is the default namespace.</param>
/// <param name="Confirm">The app name, to confirm re-pointing an existing attachment; null is not sent.</param>
public sealed record AddOnAttachmentCreate(
    string Addon,
    string App,
    string? Name = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? Namespace = null,
    string? Confirm = null);
