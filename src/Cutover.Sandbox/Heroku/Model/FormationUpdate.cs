namespace Cutover.Sandbox.Heroku.Model;

/// <summary>One entry of a formation batch update; null fields stay as they are.</summary>
internal sealed record FormationUpdate(string Type, int? Quantity, string? Size);
