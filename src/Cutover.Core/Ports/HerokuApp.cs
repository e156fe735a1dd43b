namespace Cutover.Core.Ports;

/// <summary>What planning needs to know about an app.</summary>
/// <param name="Name">App name.</param>
/// <param name="Region">Region name, e.g. <c>us</c>.</param>
/// <param name="Stack">Stack name, e.g. <c>heroku-24</c>.</param>
/// <param name="Space">The space it runs in, or null on the Common Runtime.</param>
/// <param name="Generation">Platform generation: <c>cedar</c> or <c>fir</c>.</param>
public sealed record HerokuApp(string Name, string Region, string Stack, string? Space, string Generation);
