namespace Cutover.Core.Ports;

/// <summary>What planning needs to know about a Private Space.</summary>
/// <param name="Name">Space name.</param>
/// <param name="State"><c>allocating</c>, <c>allocated</c> or <c>deleting</c>.</param>
/// <param name="Region">Region name.</param>
/// <param name="Shield">Whether it is a Shield Private Space.</param>
/// <param name="Generation">Platform generation: <c>cedar</c> or <c>fir</c>.</param>
public sealed record HerokuSpace(string Name, string State, string Region, bool Shield, string Generation);
