namespace Cutover.Sandbox.Console;

/// <summary>A picture in the console: its <c>data:</c> URL and the text it says.</summary>
public sealed record ConsoleImageView(string Src, string Alt);
