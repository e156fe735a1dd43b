namespace Cutover.Sandbox.Dns;

/// <summary>
/// Cloudflare's API v4 for zones and DNS records over <see cref="SimulatedDns"/>: <c>GET /zones?name=</c>,
/// <c>GET /zones/{id}/dns_records?name=&amp;type=</c> and <c>PATCH /zones/{id}/dns_records/{id}</c>, every answer in
/// the <c>{success, errors, messages, result}</c> envelope, the bearer token checked (403, code 10000 otherwise), TTLs
/// checked as for a non-Enterprise zone (1 = automatic, or 60–86400), pages as Cloudflare pages them.
/// </summary>
public static class CloudflareApi
{
    /// <summary>Maps the API on <paramref name="api"/> (conventionally the <c>/client/v4</c> group), accepting only <paramref name="token"/>.</summary>
    public static RouteGroupBuilder MapCloudflareApi(this RouteGroupBuilder api, SimulatedDns dns, string token)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(dns);
        ArgumentException.ThrowIfNullOrWhiteSpace(token);
        api.AddEndpointFilter(async (context, next) =>
            context.HttpContext.Request.Headers.Authorization.ToString() == $"Bearer {token}"
                ? await next(context)
                : Error(StatusCodes.Status403Forbidden, 10000, "Authentication error"));

        api.MapGet("/zones", (string? name, int? page, int? per_page) =>
            Page([.. dns.Zones.Where(z => name is null || z.Name == name)], page ?? 1, per_page ?? 20,
                z => new JsonObject { ["id"] = z.Id, ["name"] = z.Name, ["status"] = "active" }));

        api.MapGet("/zones/{zoneId}/dns_records", (string zoneId, string? name, string? type, int? page, int? per_page) =>
        {
            if (dns.Zones.All(z => z.Id != zoneId))
                return Error(StatusCodes.Status404NotFound, 7003, $"Could not route to /zones/{zoneId}/dns_records, perhaps your object identifier is invalid?");
            var records = dns.Records.Where(r => r.ZoneId == zoneId
                && (name is null || string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase))
                && (type is null || r.Type == type)).ToList();
            return Page(records, page ?? 1, per_page ?? 100, Json);
        });

        api.MapPatch("/zones/{zoneId}/dns_records/{recordId}", async (HttpRequest request, string zoneId, string recordId) =>
        {
            JsonObject? patch;
            try
            {
                patch = await JsonNode.ParseAsync(request.Body) as JsonObject;
            }
            catch (System.Text.Json.JsonException)
            {
                patch = null;
            }

            var record = dns.Records.FirstOrDefault(r => r.ZoneId == zoneId && r.Id == recordId);
            if (record is null)
                return Error(StatusCodes.Status404NotFound, 81044, "Record does not exist.");
            if (patch is null)
                return Error(StatusCodes.Status400BadRequest, 9207, "Request body is invalid.");
            int? ttl = null;
            if (patch["ttl"] is { } ttlNode)
            {
                if (!int.TryParse(ttlNode.ToJsonString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || (value != 1 && value is < 60 or > 86_400))
                    return Error(StatusCodes.Status400BadRequest, 9021, "Invalid TTL. Must be between 60 and 86400 seconds, or 1 for Automatic.");
                ttl = value;
            }

            var content = (patch["content"] as JsonValue)?.ToString();
            if (content is not null && record.Type == "CNAME" && Uri.CheckHostName(content.TrimEnd('.')) != UriHostNameType.Dns)
                return Error(StatusCodes.Status400BadRequest, 9007, "Content for CNAME record is invalid.");

            return dns.TryUpdate(zoneId, recordId, r => r with { Ttl = ttl ?? r.Ttl, Content = content ?? r.Content }, out var updated)
                ? Envelope(Json(updated!))
                : Error(StatusCodes.Status404NotFound, 81044, "Record does not exist.");
        });
        return api;
    }

    private static IResult Page<T>(List<T> items, int page, int perPage, Func<T, JsonObject> render)
    {
        perPage = Math.Clamp(perPage, 5, 100);
        var pages = Math.Max(1, (items.Count + perPage - 1) / perPage);
        var slice = items.Skip((Math.Max(page, 1) - 1) * perPage).Take(perPage).Select(render).ToArray();
        var body = Body(new JsonArray(slice));
        body["result_info"] = new JsonObject
        {
            ["page"] = page,
            ["per_page"] = perPage,
            ["count"] = slice.Length,
            ["total_count"] = items.Count,
            ["total_pages"] = pages,
        };
        return Results.Json(body);
    }

    private static IResult Envelope(JsonNode result) => Results.Json(Body(result));

    private static JsonObject Body(JsonNode result) => new()
    {
        ["success"] = true,
        ["errors"] = new JsonArray(),
        ["messages"] = new JsonArray(),
        ["result"] = result,
    };

    /// <summary>Cloudflare's error envelope with one error.</summary>
    public static IResult Error(int status, int code, string message) => Results.Json(new JsonObject
    {
        ["success"] = false,
        ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }),
        ["messages"] = new JsonArray(),
        ["result"] = null,
    }, statusCode: status);

    private static JsonObject Json(SimulatedDnsRecord record) => new()
    {
        ["id"] = record.Id,
        ["zone_id"] = record.ZoneId,
        ["zone_name"] = record.ZoneName,
        ["name"] = record.Name,
        ["type"] = record.Type,
        ["content"] = record.Content,
        ["proxiable"] = record.Type is "A" or "AAAA" or "CNAME",
        ["proxied"] = record.Proxied,
        ["ttl"] = record.Ttl,
        ["locked"] = false,
        ["modified_on"] = record.ModifiedOn.ToString("O", CultureInfo.InvariantCulture),
    };
}
