namespace Cutover.Sandbox.Runtime;

/// <summary>A request that may have changed the simulated Heroku account: when (sandbox time), what, and the answer.</summary>
public sealed record HerokuChange(DateTimeOffset At, string Method, string Path, int Status);
