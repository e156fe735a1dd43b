namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>One entry of <see cref="FormationBatchUpdate"/>; null fields are left unchanged and not sent.</summary>
/// <param name="Type">Process type, e.g. <c>web</c>.</param>
/// <param name="Quantity">New number of dynos, e.g. 0 to stop writers.</param>
/// <param name="DynoSize">New size, e.g. <c>ResourceRef.Named("Private-M")</c>.</param>
public sealed record FormationUpdate(string Type, int? Quantity = null, ResourceRef? DynoSize = null);
