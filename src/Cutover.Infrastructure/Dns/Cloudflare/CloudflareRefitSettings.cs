namespace Cutover.Infrastructure.Dns.Cloudflare;

/// <summary>snake_case JSON; an error answer becomes a <see cref="CloudflareApiException"/> without the request's headers.</summary>
internal static class CloudflareRefitSettings
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static RefitSettings Create() => new RefitSettings
    {
        ContentSerializer = new SystemTextJsonContentSerializer(Json),
        ExceptionFactory = CreateExceptionAsync,
    }.WithoutCredentialsInErrors();

    private static async ValueTask<Exception?> CreateExceptionAsync(HttpResponseMessage response)
    {
        if (response.IsSuccessStatusCode)
            return null;
        var errors = await ErrorsAsync(response).ConfigureAwait(false);
        var request = response.RequestMessage;
        var what = $"{request?.Method} {request?.RequestUri?.AbsolutePath}";
        var detail = errors.Count == 0 ? response.ReasonPhrase : string.Join("; ", errors.Select(e => $"{e.Code}: {e.Message}"));
        var message = response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden
            ? $"Cloudflare refused the API token ({(int)response.StatusCode}, {detail}) on {what}. Check that CLOUDFLARE_API_TOKEN is valid and may edit DNS (Zone → DNS → Edit) for this zone."
            : $"Cloudflare answered {(int)response.StatusCode} to {what}: {detail}.";
        return new CloudflareApiException(message, response.StatusCode, errors);
    }

    private static async Task<IReadOnlyList<CloudflareMessage>> ErrorsAsync(HttpResponseMessage response)
    {
        try
        {
            var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            var envelope = JsonSerializer.Deserialize<CloudflareEnvelope<JsonElement>>(body, Json);
            return envelope?.Errors ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }
}
