namespace Cutover.Chat.Teams.Activities;

/// <summary>A parsed activity, or why the body is not one.</summary>
public sealed record TeamsActivityParseResult
{
    private TeamsActivityParseResult(TeamsActivity? activity, string? error)
    {
        Activity = activity;
        Error = error;
    }

    public TeamsActivity? Activity { get; }

    /// <summary>A short reason, safe to return in a 400 body and to log.</summary>
    public string? Error { get; }

    [MemberNotNullWhen(true, nameof(Activity))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Activity is not null;

    public static TeamsActivityParseResult Ok(TeamsActivity activity) => new(activity, null);

    public static TeamsActivityParseResult Fail(string error) => new(null, error);
}
