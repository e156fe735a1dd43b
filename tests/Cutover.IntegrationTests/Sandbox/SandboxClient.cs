namespace Cutover.IntegrationTests.Sandbox;

/// <summary>The console's API over HTTP, as the page uses it, with waits that poll the channel.</summary>
public sealed class SandboxClient(Uri baseAddress) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(90) };

    public HttpClient Http => _http;

    public Task<HttpResponseMessage> CommandAsync(string user, string text) =>
        _http.PostAsJsonAsync("api/sandbox/command", new { user, text });

    public Task<HttpResponseMessage> ClickAsync(string user, string actionId, string payload, string? reason = null) =>
        _http.PostAsJsonAsync("api/sandbox/click", new { user, actionId, payload, reason });

    public Task<HttpResponseMessage> TimeAsync(object body) => _http.PostAsJsonAsync("api/sandbox/time", body);

    public async Task<JsonArray> MessagesAsync() =>
        (await _http.GetFromJsonAsync<JsonObject>("api/sandbox/messages"))!["messages"]!.AsArray();

    /// <summary>The private reply a command or click got, or null.</summary>
    public static async Task<JsonObject?> ReplyAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return body?["reply"] as JsonObject;
    }

    /// <summary>Polls the channel until a message matches (titles and texts are what a reader sees).</summary>
    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> match, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var messages = await MessagesAsync();
            if (messages.OfType<JsonObject>().LastOrDefault(match) is { } found)
                return found;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"No message {what} in: {string.Join(" | ", messages.Select(m => Title(m!)))}");
            await Task.Delay(100);
        }
    }

    public Task<JsonObject> WaitForTitleAsync(string startsWith, TimeSpan? timeout = null) =>
        WaitForAsync(m => Title(m).StartsWith(startsWith, StringComparison.Ordinal), $"titled '{startsWith}…'", timeout);

    public static string Title(JsonNode message) => message["title"]?.GetValue<string>() ?? string.Empty;

    public static string Text(JsonNode message) => message["text"]?.GetValue<string>() ?? string.Empty;

    /// <summary>The value of the first button of a message (the approval request's step payload).</summary>
    public static string Payload(JsonNode message) => message["actions"]![0]!["payload"]!.GetValue<string>();

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public void Dispose() => _http.Dispose();
}
