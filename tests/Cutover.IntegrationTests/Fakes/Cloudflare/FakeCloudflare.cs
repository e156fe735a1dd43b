using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cutover.IntegrationTests.Fakes.Cloudflare;

/// <summary>
/// Cloudflare's API v4 for zones and DNS records on a real loopback port: <c>GET /zones?name=</c>,
/// <c>GET /zones/{id}/dns_records?name=&amp;type=</c>, <c>PATCH /zones/{id}/dns_records/{id}</c>, every answer in the
/// <c>{success, errors, messages, result}</c> envelope, bearer token checked (403, code 10000 otherwise), TTLs
/// checked as for a non-Enterprise zone (1 = automatic, or 60–86400). Records every call; can fail the next calls.
/// </summary>
public sealed class FakeCloudflare : IAsyncDisposable
{
    public const string Token = "cf-test-token-3f9a1c";

    private readonly Lock _gate = new();
    private readonly WebApplication _app;
    private readonly List<(string Id, string Name)> _zones = [];
    private readonly List<FakeCloudflareRecord> _records = [];
    private readonly List<FakeCloudflareCall> _calls = [];
    private readonly TimeProvider _time;
    private int _failures;
    private int _failureStatus;
    private int _nextId;

    private FakeCloudflare(WebApplication app, TimeProvider time)
    {
        _app = app;
        _time = time;
    }

    /// <summary>The API base, <c>http://127.0.0.1:&lt;port&gt;/client/v4</c>, as <c>CLOUDFLARE_API_URL</c> takes it.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<FakeCloudflareCall> Calls
    {
        get
        {
            lock (_gate)
                return [.. _calls];
        }
    }

    public static async Task<FakeCloudflare> StartAsync(TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeCloudflare(app, time ?? TimeProvider.System);
        fake.Map(app.MapGroup("/client/v4"));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        fake.BaseUrl = new Uri($"{address.TrimEnd('/')}/client/v4");
        return fake;
    }

    /// <summary>Adds a zone and returns its id.</summary>
    public string AddZone(string name)
    {
        lock (_gate)
        {
            var id = NewId();
            _zones.Add((id, name));
            return id;
        }
    }

    /// <summary>Adds a record to the zone named <paramref name="zone"/> and returns its id.</summary>
    public string AddRecord(string zone, string name, string type, string content, int ttl = 1, bool proxied = false)
    {
        lock (_gate)
        {
            var zoneId = _zones.Single(z => z.Name == zone).Id;
            var id = NewId();
            _records.Add(new FakeCloudflareRecord(id, zoneId, zone, name, type, content, ttl, proxied, _time.GetUtcNow()));
            return id;
        }
    }

    /// <summary>The record as it is now.</summary>
    public FakeCloudflareRecord Record(string name, string type)
    {
        lock (_gate)
            return _records.Single(r => r.Name == name && r.Type == type);
    }

    /// <summary>The next <paramref name="count"/> calls answer <paramref name="status"/> (e.g. 503) with an error envelope.</summary>
    public void FailNext(int count, int status)
    {
        lock (_gate)
            (_failures, _failureStatus) = (count, status);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Map(RouteGroupBuilder api)
    {
        api.AddEndpointFilter(async (context, next) =>
        {
            var request = context.HttpContext.Request;
            request.EnableBuffering();
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            request.Body.Position = 0;
            var authorized = request.Headers.Authorization.ToString() == $"Bearer {Token}";
            int failure;
            lock (_gate)
            {
                _calls.Add(new FakeCloudflareCall(request.Method, request.Path + request.QueryString, authorized, body));
                failure = _failures > 0 ? _failureStatus : 0;
                if (failure > 0)
                    _failures--;
            }

            if (!authorized)
                return Error(StatusCodes.Status403Forbidden, 10000, "Authentication error");
            return failure > 0 ? Error(failure, 10000 + failure, "Injected failure") : await next(context);
        });

        api.MapGet("/zones", (string? name, int? page, int? per_page) =>
        {
            lock (_gate)
            {
                var zones = _zones.Where(z => name is null || z.Name == name).ToList();
                return Page(zones, page ?? 1, per_page ?? 20, z => new JsonObject { ["id"] = z.Id, ["name"] = z.Name, ["status"] = "active" });
            }
        });

        api.MapGet("/zones/{zoneId}/dns_records", (string zoneId, string? name, string? type, int? page, int? per_page) =>
        {
            lock (_gate)
            {
                if (_zones.All(z => z.Id != zoneId))
                    return Error(StatusCodes.Status404NotFound, 7003, "Could not route to /zones/" + zoneId + "/dns_records, perhaps your object identifier is invalid?");
                var records = _records.Where(r => r.ZoneId == zoneId
                    && (name is null || string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase))
                    && (type is null || r.Type == type)).ToList();
                return Page(records, page ?? 1, per_page ?? 100, Json);
            }
        });

        api.MapPatch("/zones/{zoneId}/dns_records/{recordId}", async (HttpRequest request, string zoneId, string recordId) =>
        {
            var patch = await JsonNode.ParseAsync(request.Body) as JsonObject;
            lock (_gate)
            {
                var index = _records.FindIndex(r => r.ZoneId == zoneId && r.Id == recordId);
                if (index < 0)
                    return Error(StatusCodes.Status404NotFound, 81044, "Record does not exist.");
                if (patch is null)
                    return Error(StatusCodes.Status400BadRequest, 9207, "Request body is invalid.");
                var record = _records[index];
                if (patch["ttl"] is { } ttlNode)
                {
                    var ttl = ttlNode.GetValue<int>();
                    if (ttl != 1 && ttl is < 60 or > 86_400)
                        return Error(StatusCodes.Status400BadRequest, 9021, "Invalid TTL. Must be between 60 and 86400 seconds, or 1 for Automatic.");
                    record = record with { Ttl = ttl };
                }

                if (patch["content"] is { } contentNode)
                {
                    var content = contentNode.GetValue<string>();
                    if (record.Type == "CNAME" && Uri.CheckHostName(content.TrimEnd('.')) != UriHostNameType.Dns)
                        return Error(StatusCodes.Status400BadRequest, 9007, "Content for CNAME record is invalid.");
                    record = record with { Content = content };
                }

                _records[index] = record with { ModifiedOn = _time.GetUtcNow() };
                return Envelope(Json(_records[index]));
            }
        });
    }

    private static IResult Page<T>(List<T> items, int page, int perPage, Func<T, JsonObject> render)
    {
        perPage = Math.Clamp(perPage, 5, 100);
        var pages = Math.Max(1, (items.Count + perPage - 1) / perPage);
        var slice = items.Skip((page - 1) * perPage).Take(perPage).Select(render).ToArray();
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

    private static IResult Error(int status, int code, string message) => Results.Json(new JsonObject
    {
        ["success"] = false,
        ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }),
        ["messages"] = new JsonArray(),
        ["result"] = null,
    }, statusCode: status);

    private static JsonObject Json(FakeCloudflareRecord record) => new()
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

    private string NewId() => Convert.ToHexStringLower(BitConverter.GetBytes(++_nextId * 2_654_435_761L)).PadLeft(32, '0');
}
