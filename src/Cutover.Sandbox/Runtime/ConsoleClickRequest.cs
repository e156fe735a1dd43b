namespace Cutover.Sandbox.Runtime;

/// <summary><c>POST /api/sandbox/click</c>: a click on a message's button.</summary>
/// <param name="User">The user id to act as.</param>
/// <param name="ActionId">The button's action id (<c>runbook.approve-step</c> or <c>runbook.reject-step</c>).</param>
/// <param name="Payload">The button's value exactly as the message carried it.</param>
/// <param name="Reason">Why, for a rejection (required there).</param>
public sealed record ConsoleClickRequest(string? User, string? ActionId, string? Payload, string? Reason = null);
