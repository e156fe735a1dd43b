namespace Cutover.Core.Monitoring;

/// <summary>One reason to look at the app now, worded for the thread.</summary>
/// <param name="Kind">Which rule fired.</param>
/// <param name="Text">One line, e.g. <c>H10 ×3: app crashed (web dyno crashed or boot timeout)</c>.</param>
/// <param name="Code">The error code, for <see cref="HealthAlertKind.ErrorCode"/>.</param>
public sealed record HealthAlert(HealthAlertKind Kind, string Text, string? Code = null);
