namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>The <c>addon</c> of an <see cref="AddOnAttachment"/>.</summary>
/// <param name="Id">Add-on id.</param>
/// <param name="Name">Add-on name.</param>
/// <param name="App">The add-on's billing app (not necessarily the attachment's app).</param>
/// <param name="Plan">The plan; present only with <c>Accept-Inclusion: addon:plan</c>.</param>
public sealed record AttachedAddOn(string Id, string Name, ResourceRef? App, ResourceRef? Plan = null);
