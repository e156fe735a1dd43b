namespace Cutover.Core.Planning;

/// <summary>One process type's size on the source and the size it gets in the space.</summary>
/// <param name="ProcessType">e.g. <c>web</c>.</param>
/// <param name="FromSize">Size on the source app, e.g. <c>Standard-2X</c>.</param>
/// <param name="ToSize">Private-* or Shield-* size for the target app, or null when no mapping exists (the plan is then blocked).</param>
/// <param name="Quantity">Dynos of this type.</param>
public sealed record DynoMapping(string ProcessType, string FromSize, string? ToSize, int Quantity);
