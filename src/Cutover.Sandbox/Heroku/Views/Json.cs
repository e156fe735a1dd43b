namespace Cutover.Sandbox.Heroku.Views;

/// <summary>Small JSON pieces every view uses: timestamps, ids and <c>{id, name}</c> references.</summary>
internal static class Json
{
    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string? Time(DateTimeOffset? time) => time is { } t ? Time(t) : null;

    public static string Id(Guid id) => id.ToString("D");

    public static JsonObject Ref(Guid id, string name) => new() { ["id"] = Id(id), ["name"] = name };

    public static JsonObject Ref(SimStack stack) => Ref(stack.Id, stack.Name);

    public static JsonObject Ref(SimRegion region) => Ref(region.Id, region.Name);

    public static JsonObject Ref(SimGeneration generation) => Ref(generation.Id, generation.Name);

    public static JsonObject AppRef(SimApp app) => Ref(app.Id, app.Name);

    public static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)v)]);
}
