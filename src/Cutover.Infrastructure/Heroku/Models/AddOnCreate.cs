namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>
/// Body of <c>POST /apps/{app}/addons</c> (SCHEMA <c>add-on</c> Create); null fields are not sent.
/// <see cref="Config"/> carries provider options the way the CLI maps <c>-- --key value</c>:
/// <c>{"follow": "&lt;leader&gt;"}</c> makes a Postgres follower, <c>{"fork": "&lt;source&gt;"}</c> a copy.
/// </summary>
/// <param name="Plan">Plan id or <c>service:plan</c> name, e.g. <c>heroku-postgresql:private-4</c>.</param>
/// <param name="Attachment">Name of the first attachment, e.g. a temporary name so a follower does not take <c>DATABASE_URL</c>.</param>
/// <param name="Config">Provider options (string values only).</param>
/// <param name="Name">Globally unique add-on name; Heroku picks one when null.</param>
/// <param name="Confirm">The app name, to confirm a billing-relevant action Heroku asked to confirm.</param>
public sealed record AddOnCreate(
    string Plan,
    AddOnCreateAttachment? Attachment = null,
    IReadOnlyDictionary<string, string>? Config = null,
    string? Name = null,
    string? Confirm = null);
