namespace Cutover.Sandbox.Heroku.Model;

/// <summary>How long asynchronous platform work takes, in simulator time.</summary>
internal sealed record SimTimings(TimeSpan Release, TimeSpan Build, TimeSpan DynoBoot, TimeSpan DomainVerification, TimeSpan AcmIssuance);
