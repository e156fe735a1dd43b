namespace Cutover.Sandbox.Heroku;

/// <summary>The faults currently armed in the simulator.</summary>
/// <param name="RateLimitBursts">How many upcoming API calls are refused with 429 <c>rate_limit</c>.</param>
/// <param name="ServerErrors">How many upcoming API calls fail with <paramref name="ServerErrorStatus"/>.</param>
/// <param name="ServerErrorStatus">The 5xx status of injected server errors (default 503).</param>
/// <param name="ResponseDelay">Wall-clock delay added before every API response.</param>
/// <param name="FailNextAddonProvisioning">The next add-on created ends up <c>deprovisioned</c>.</param>
public sealed record HerokuSimulatorFaults(int RateLimitBursts, int ServerErrors, int ServerErrorStatus, TimeSpan ResponseDelay, bool FailNextAddonProvisioning);
