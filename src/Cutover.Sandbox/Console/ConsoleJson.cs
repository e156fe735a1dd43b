namespace Cutover.Sandbox.Console;

/// <summary>How the console's API and event stream write JSON: camelCase names, as the page reads them.</summary>
public static class ConsoleJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
