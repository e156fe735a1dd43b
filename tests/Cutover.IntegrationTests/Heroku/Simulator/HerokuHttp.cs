namespace Cutover.IntegrationTests.Heroku.Simulator;

/// <summary>Terse JSON calls for the simulator tests: send, get status and parsed body.</summary>
public static class HerokuHttp
{
    public static Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> GetJsonAsync(this HttpClient client, string path, string? range = null) =>
        client.SendJsonAsync(HttpMethod.Get, path, null, range);

    public static Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> PostJsonAsync(this HttpClient client, string path, object? body = null) =>
        client.SendJsonAsync(HttpMethod.Post, path, body);

    public static Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> PatchJsonAsync(this HttpClient client, string path, object body) =>
        client.SendJsonAsync(HttpMethod.Patch, path, body);

    public static Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> PutJsonAsync(this HttpClient client, string path, object? body = null) =>
        client.SendJsonAsync(HttpMethod.Put, path, body);

    public static Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> DeleteJsonAsync(this HttpClient client, string path) =>
        client.SendJsonAsync(HttpMethod.Delete, path, null);

    public static async Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> SendJsonAsync(
        this HttpClient client, HttpMethod method, string path, object? body, string? range = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path.TrimStart('/'), UriKind.Relative));
        if (body is not null)
        {
            var json = body as string ?? System.Text.Json.JsonSerializer.Serialize(body);
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (range is not null)
            request.Headers.TryAddWithoutValidation("Range", range);
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response);
    }

    /// <summary>The body of a 2xx answer; fails the test naming the call otherwise.</summary>
    public static async Task<JsonNode> Ok(Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var (status, body, response) = await call;
        Assert.True((int)status is >= 200 and < 300, $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri}: {(int)status} {body?.ToJsonString()}");
        return body!;
    }

    public static string? Header(this HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values)
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(",", contentValues)
        : null;
}
