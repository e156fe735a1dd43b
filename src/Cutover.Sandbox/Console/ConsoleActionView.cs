namespace Cutover.Sandbox.Console;

/// <summary>
/// A button of a console message. <see cref="Payload"/> is the button's value exactly as Slack or Teams would carry it
/// (the step payload's JSON); the page sends it back unchanged with the click.
/// </summary>
public sealed record ConsoleActionView(string ActionId, string Label, string Style, string Payload, ConsoleConfirmView? Confirm);
