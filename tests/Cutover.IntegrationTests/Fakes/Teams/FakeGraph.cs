namespace Cutover.IntegrationTests.Fakes.Teams;

/// <summary>
/// Microsoft Graph's <c>GET /v1.0/groups/{id}/transitiveMembers</c> on a loopback port: users and nested groups,
/// flattened the way Graph does, in pages of <see cref="PageSize"/> with <c>@odata.nextLink</c>; 401 without a Graph
/// token from the issuer, 404 for unknown groups, and optionally 403 as when the permission is missing.
/// </summary>
public sealed class FakeGraph : IAsyncDisposable
{
    private readonly Dictionary<string, List<(string Id, bool IsGroup)>> _groups = new(StringComparer.OrdinalIgnoreCase);
    private readonly FakeBotFrameworkIssuer _issuer;
    private WebApplication? _app;
    private int _requests;

    private FakeGraph(FakeBotFrameworkIssuer issuer, int pageSize)
    {
        _issuer = issuer;
        PageSize = pageSize;
    }

    public Uri BaseAddress { get; private set; } = null!;

    public int PageSize { get; }

    /// <summary>Answer 403 Authorization_RequestDenied (no GroupMember.Read.All consent).</summary>
    public bool DenyAccess { get; set; }

    /// <summary>Every request, including refused ones.</summary>
    public int Requests => Volatile.Read(ref _requests);

    public static async Task<FakeGraph> StartAsync(FakeBotFrameworkIssuer issuer, int pageSize = 2)
    {
        var graph = new FakeGraph(issuer, pageSize);
        var (app, baseAddress) = await LoopbackApp.StartAsync(app =>
            app.MapGet("/v1.0/groups/{groupId}/transitiveMembers", (string groupId, HttpContext context) => graph.ListAsync(groupId, context)));
        graph._app = app;
        graph.BaseAddress = baseAddress;
        return graph;
    }

    /// <summary>Defines a group's direct members: user object ids, and nested group ids via <paramref name="groups"/>.</summary>
    public void SetGroup(string groupId, string[] users, params string[] groups)
    {
        lock (_groups)
            _groups[groupId] = [.. users.Select(u => (u, false)), .. groups.Select(g => (g, true))];
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is null)
            return;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ListAsync(string groupId, HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.Ordinal) || !await _issuer.IsIssuedTokenAsync(header[7..], "https://graph.microsoft.com"))
            return Error(401, "InvalidAuthenticationToken", "Access token is empty or invalid.");
        if (DenyAccess)
            return Error(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");

        List<(string Id, bool IsGroup)> members;
        lock (_groups)
        {
            if (!_groups.ContainsKey(groupId))
                return Error(404, "Request_ResourceNotFound", $"Resource '{groupId}' does not exist.");
            members = Transitive(groupId);
        }

        var skip = int.TryParse(context.Request.Query["$skiptoken"], CultureInfo.InvariantCulture, out var s) ? s : 0;
        var top = Math.Min(PageSize, int.TryParse(context.Request.Query["$top"], CultureInfo.InvariantCulture, out var t) ? t : 100);
        var page = members.Skip(skip).Take(top).Select(m => (JsonNode)new JsonObject
        {
            ["@odata.type"] = m.IsGroup ? "#microsoft.graph.group" : "#microsoft.graph.user",
            ["id"] = m.Id,
        });
        var body = new JsonObject
        {
            ["@odata.context"] = new Uri(BaseAddress, "v1.0/$metadata#directoryObjects(id)").AbsoluteUri,
            ["value"] = new JsonArray([.. page]),
        };
        if (skip + top < members.Count)
            body["@odata.nextLink"] = new Uri(BaseAddress, $"v1.0/groups/{groupId}/transitiveMembers?$select=id&$top={top}&$skiptoken={skip + top}").AbsoluteUri;
        return Results.Json(body);
    }

    private List<(string Id, bool IsGroup)> Transitive(string groupId)
    {
        var result = new List<(string, bool)>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { groupId };
        var pending = new Queue<string>([groupId]);
        while (pending.TryDequeue(out var current))
        {
            foreach (var member in _groups.GetValueOrDefault(current) ?? [])
            {
                if (!seen.Add(member.Id))
                    continue;
                result.Add(member);
                if (member.IsGroup)
                    pending.Enqueue(member.Id);
            }
        }

        return result;
    }

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }, statusCode: status);
}
