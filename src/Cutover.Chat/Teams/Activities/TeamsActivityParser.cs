namespace Cutover.Chat.Teams.Activities;

/// <summary>Turns a request body into a <see cref="TeamsActivity"/>, or a short reason for a 400 (BBH: no body or no type).</summary>
public static class TeamsActivityParser
{
    private const int MaxDetail = 120;

    public static TeamsActivityParseResult Parse(string? body)
    {
        if (string.IsNullOrWhiteSpace(body))
            return TeamsActivityParseResult.Fail("the request has no body");
        try
        {
            return Check(JsonSerializer.Deserialize<TeamsActivity>(body, TeamsJson.Options));
        }
        catch (JsonException e)
        {
            return TeamsActivityParseResult.Fail($"the body is not an activity: {Shorten(e.Message)}");
        }
    }

    public static TeamsActivityParseResult Parse(ReadOnlySpan<byte> utf8Body)
    {
        if (utf8Body.IsEmpty)
            return TeamsActivityParseResult.Fail("the request has no body");
        try
        {
            return Check(JsonSerializer.Deserialize<TeamsActivity>(utf8Body, TeamsJson.Options));
        }
        catch (JsonException e)
        {
            return TeamsActivityParseResult.Fail($"the body is not an activity: {Shorten(e.Message)}");
        }
    }

    private static TeamsActivityParseResult Check(TeamsActivity? activity) =>
        activity is null ? TeamsActivityParseResult.Fail("the body is JSON null")
        : string.IsNullOrWhiteSpace(activity.Type) ? TeamsActivityParseResult.Fail("the activity has no type")
        : TeamsActivityParseResult.Ok(activity);

    private static string Shorten(string message)
    {
        var line = message.ReplaceLineEndings(" ");
        return line.Length <= MaxDetail ? line : line[..MaxDetail] + "…";
    }
}
