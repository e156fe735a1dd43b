namespace Cutover.Infrastructure.Heroku;

/// <summary>
/// The JSON settings of every Heroku client: snake_case names, nulls not written (a property that must be
/// sent as null says so with <c>JsonIgnoreCondition.Never</c>). Contract tests serialize request bodies with
/// exactly these options.
/// </summary>
public static class HerokuJson
{
    /// <summary>The shared, read-only options.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
