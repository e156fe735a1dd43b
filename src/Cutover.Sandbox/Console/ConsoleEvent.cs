namespace Cutover.Sandbox.Console;

/// <summary>
/// Something the console page should hear about live: a message posted or updated, the sandbox clock moved, the
/// simulated Heroku account changed. <see cref="Sequence"/> orders every event of the process.
/// </summary>
/// <param name="Sequence">Grows by one with every event.</param>
/// <param name="Kind"><c>message</c>, <c>update</c>, <c>time</c> or <c>heroku</c>.</param>
/// <param name="Data">Serialised as the event's JSON data (a <see cref="ConsoleMessageView"/> for messages).</param>
public sealed record ConsoleEvent(long Sequence, string Kind, object Data)
{
    public const string Message = "message";
    public const string Update = "update";
    public const string Time = "time";
    public const string Heroku = "heroku";
}
