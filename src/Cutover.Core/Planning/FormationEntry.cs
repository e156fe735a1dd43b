namespace Cutover.Core.Planning;

/// <summary>One process type of the formation, e.g. <c>web</c> × 2 on <c>Standard-2X</c>.</summary>
public sealed record FormationEntry(string Type, int Quantity, string Size);
