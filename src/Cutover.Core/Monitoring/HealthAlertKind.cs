namespace Cutover.Core.Monitoring;

/// <summary>Why a summary alerts.</summary>
public enum HealthAlertKind
{
    /// <summary>An error code from <see cref="HealthRules.AlertCodes"/> appeared.</summary>
    ErrorCode,

    /// <summary>The 5xx rate is above <see cref="HealthRules.ServerErrorRateLimit"/>.</summary>
    ServerErrorRate,
}
