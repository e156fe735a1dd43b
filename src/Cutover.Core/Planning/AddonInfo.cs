namespace Cutover.Core.Planning;

/// <summary>An add-on of the source app.</summary>
/// <param name="Id">Add-on id (the Data API addresses databases by it).</param>
/// <param name="Name">Add-on name, e.g. <c>postgresql-curved-24817</c>.</param>
/// <param name="Service">Service name, e.g. <c>heroku-postgresql</c>.</param>
/// <param name="Plan">Plan name without the service, e.g. <c>standard-0</c>.</param>
/// <param name="Attachments">Attachment names on the source app, e.g. <c>DATABASE</c>.</param>
/// <param name="ConfigVars">Config var names the add-on's attachments own on the source app.</param>
/// <param name="BilledToSource">Whether the source app owns (pays for) it, rather than only attaching it.</param>
public sealed record AddonInfo(
    string Id,
    string Name,
    string Service,
    string Plan,
    IReadOnlyList<string> Attachments,
    IReadOnlyList<string> ConfigVars,
    bool BilledToSource);
