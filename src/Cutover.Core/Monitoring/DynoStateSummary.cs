namespace Cutover.Core.Monitoring;

/// <summary>A dyno's state as its <c>State changed from … to …</c> lines left it.</summary>
/// <param name="Dyno">The formation name, e.g. <c>web.1</c>.</param>
/// <param name="State">The last state seen: <c>starting</c>, <c>up</c>, <c>crashed</c>, <c>down</c>, ….</param>
/// <param name="Changes">State changes seen in the window.</param>
/// <param name="Crashes">Changes into <c>crashed</c>.</param>
/// <param name="ChangedAt">When the last change was logged.</param>
public sealed record DynoStateSummary(string Dyno, string State, int Changes, int Crashes, DateTimeOffset? ChangedAt);
