namespace Cutover.Sandbox.Console;

/// <summary>A labelled value of a console message, as the page renders it (a definition, a list or a table).</summary>
public sealed record ConsoleFieldView(string Label, string Value);
