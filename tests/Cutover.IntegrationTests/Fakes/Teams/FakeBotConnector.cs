using Cutover.Chat.Teams.Inbound;

namespace Cutover.IntegrationTests.Fakes.Teams;

/// <summary>
/// The Bot Connector v3 routes Cutover calls, on a loopback port under a Teams-like service URL
/// (<c>{base}/amer/{tenant}/</c>). It checks the bearer token, records every accepted activity per conversation
/// (sends, replies, updates, created conversations), keeps each message's current content, answers 404 to updates of
/// messages it never saw, and can answer the next calls with 429 (or another status) and <c>Retry-After: 0</c>.
/// All accessors are thread-safe snapshots.
/// </summary>
public sealed class FakeBotConnector : IAsyncDisposable
{
    public const string Tenant = "56653e9d-2158-46ee-90d7-675c39642038";

    private readonly object _gate = new();
    private readonly List<ConnectorCall> _calls = [];
    private readonly Dictionary<string, JsonObject> _messages = new(StringComparer.Ordinal);
    private readonly Queue<HttpStatusCode> _failures = new();
    private readonly Dictionary<string, string> _members = new(StringComparer.Ordinal);
    private readonly Func<string?, Task<bool>>? _authorize;
    private WebApplication? _app;
    private long _nextId = 1767765488000;
    private int _attempts;
    private int _unauthorized;

    private FakeBotConnector(Func<string?, Task<bool>>? authorize) => _authorize = authorize;

    /// <summary>The service URL to put in activities and conversation references (with a trailing slash).</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    /// <summary>Every request that reached the fake, including throttled and unauthorized ones.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Requests refused with 401.</summary>
    public int Unauthorized => Volatile.Read(ref _unauthorized);

    /// <summary>Every accepted call, in order.</summary>
    public IReadOnlyList<ConnectorCall> Calls
    {
        get
        {
            lock (_gate)
                return [.. _calls];
        }
    }

    /// <summary>Starts the fake; <paramref name="authorize"/> decides on each bearer token (null: accept anything, as in Emulator mode).</summary>
    public static async Task<FakeBotConnector> StartAsync(Func<string?, Task<bool>>? authorize = null)
    {
        var connector = new FakeBotConnector(authorize);
        var (app, baseAddress) = await LoopbackApp.StartAsync(connector.Map);
        connector._app = app;
        connector.ServiceUrl = new Uri(baseAddress, $"amer/{Tenant}/").AbsoluteUri;
        return connector;
    }

    /// <summary>A fake that accepts only Connector tokens minted by <paramref name="issuer"/>.</summary>
    public static Task<FakeBotConnector> StartAsync(FakeBotFrameworkIssuer issuer)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        return StartAsync(issuer.IsIssuedConnectorTokenAsync);
    }

    /// <summary>Accepted calls in <paramref name="conversationId"/> (any thread of it).</summary>
    public IReadOnlyList<ConnectorCall> ActivitiesIn(string conversationId)
    {
        var conversation = TeamsThread.Split(conversationId).ConversationId;
        lock (_gate)
            return [.. _calls.Where(c => c.Conversation == conversation)];
    }

    /// <summary>The latest content of a message the bot posted (after any updates), or null.</summary>
    public JsonObject? Message(string activityId)
    {
        lock (_gate)
            return _messages.TryGetValue(activityId, out var body) ? (JsonObject)body.DeepClone() : null;
    }

    /// <summary>A member of every conversation (the team's roster): <c>members/{id}</c> answers with their display name.</summary>
    public void AddMember(string aadObjectId, string name)
    {
        lock (_gate)
            _members[aadObjectId] = name;
    }

    /// <summary>Answers the next <paramref name="count"/> requests with <paramref name="status"/> and <c>Retry-After: 0</c>.</summary>
    public void FailNext(int count, HttpStatusCode status = HttpStatusCode.TooManyRequests)
    {
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
                _failures.Enqueue(status);
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> recorded calls match, and returns the matches.</summary>
    public async Task<IReadOnlyList<ConnectorCall>> WaitForAsync(Func<ConnectorCall, bool> match, int count = 1, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(match);
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var matches = Calls.Where(match).ToList();
            if (matches.Count >= count)
                return matches;
            if (DateTimeOffset.UtcNow > deadline)
                throw new TimeoutException($"Waited for {count} matching Connector calls, saw {matches.Count}. Recorded: "
                    + string.Join("; ", Calls.Select(c => $"{c.Operation} {c.ConversationId} → {c.ActivityId}")));
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is null)
            return;
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Map(WebApplication app)
    {
        var v3 = app.MapGroup("/amer/{tenant}/v3/conversations");
        v3.MapPost("/", (string tenant, HttpContext context) => HandleAsync(context, ConnectorOperation.CreateConversation, null, null));
        v3.MapPost("/{conversationId}/activities", (string conversationId, HttpContext context) =>
            HandleAsync(context, ConnectorOperation.SendToConversation, conversationId, null));
        v3.MapPost("/{conversationId}/activities/{activityId}", (string conversationId, string activityId, HttpContext context) =>
            HandleAsync(context, ConnectorOperation.ReplyToActivity, conversationId, activityId));
        v3.MapPut("/{conversationId}/activities/{activityId}", (string conversationId, string activityId, HttpContext context) =>
            HandleAsync(context, ConnectorOperation.UpdateActivity, conversationId, activityId));
        v3.MapGet("/{conversationId}/members/{memberId}", (string memberId, HttpContext context) => MemberAsync(context, memberId));
    }

    /// <summary>A member by Entra object id or <c>29:</c> id, as the Connector answers it; 404 MemberNotFoundInConversation otherwise.</summary>
    private async Task<IResult> MemberAsync(HttpContext context, string memberId)
    {
        if (_authorize is not null && !await _authorize(BearerToken(context.Request)))
            return Results.Json(new JsonObject { ["message"] = "Authorization has been denied for this request." }, statusCode: 401);
        var aad = memberId.StartsWith("29:", StringComparison.Ordinal) ? memberId[3..] : memberId;
        lock (_gate)
        {
            return _members.TryGetValue(aad, out var name)
                ? Results.Json(new JsonObject { ["id"] = $"29:{aad}", ["name"] = name, ["aadObjectId"] = aad, ["userRole"] = "user" })
                : Error(404, "MemberNotFoundInConversation", "The member was not found in the conversation.");
        }
    }

    private async Task<IResult> HandleAsync(HttpContext context, ConnectorOperation operation, string? conversationId, string? activityId)
    {
        Interlocked.Increment(ref _attempts);
        if (_authorize is not null && !await _authorize(BearerToken(context.Request)))
        {
            Interlocked.Increment(ref _unauthorized);
            return Results.Json(new JsonObject { ["message"] = "Authorization has been denied for this request." }, statusCode: 401);
        }

        lock (_gate)
        {
            if (_failures.TryDequeue(out var failure))
            {
                context.Response.Headers.RetryAfter = "0";
                return Error((int)failure, failure == HttpStatusCode.TooManyRequests ? "Throttled" : "ServiceError", $"Fake failure {(int)failure}.");
            }
        }

        JsonObject? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject;
        }
        catch (JsonException)
        {
            body = null;
        }

        return operation == ConnectorOperation.CreateConversation
            ? Create(body)
            : Activity(operation, conversationId!, activityId, body);
    }

    private IResult Activity(ConnectorOperation operation, string conversationId, string? pathActivityId, JsonObject? body)
    {
        if (body?["type"]?.GetValue<string>() is not { Length: > 0 })
            return Error(400, "BadArgument", "The activity has no type.");
        var (conversation, root) = TeamsThread.Split(conversationId);
        lock (_gate)
        {
            string id;
            if (operation == ConnectorOperation.UpdateActivity)
            {
                if (!_messages.ContainsKey(pathActivityId!))
                    return Error(404, "ActivityNotFound", $"Unknown activity {pathActivityId}.");
                id = pathActivityId!;
            }
            else
            {
                id = NextId();
            }

            var thread = !TeamsThread.IsChannel(conversation) ? null
                : root ?? (operation == ConnectorOperation.SendToConversation ? id : pathActivityId);
            _messages[id] = body;
            _calls.Add(new ConnectorCall(operation, conversationId, conversation, thread, id, pathActivityId, body));
            return Results.Json(new JsonObject { ["id"] = id });
        }
    }

    private IResult Create(JsonObject? body)
    {
        if (body?["activity"] is not JsonObject activity || activity["type"]?.GetValue<string>() is not { Length: > 0 })
            return Error(400, "BadArgument", "Create conversation needs an activity with a type.");
        var channel = body["channelData"]?["channel"]?["id"]?.GetValue<string>();
        lock (_gate)
        {
            var id = NextId();
            var conversationId = channel is null ? $"a:fake-chat-{id}" : channel + TeamsThread.MessageIdMarker + id;
            _messages[id] = activity;
            _calls.Add(new ConnectorCall(ConnectorOperation.CreateConversation, conversationId, channel ?? conversationId,
                channel is null ? null : id, id, null, activity));
            return Results.Json(new JsonObject { ["id"] = conversationId, ["activityId"] = id });
        }
    }

    private string NextId() => (_nextId++).ToString(CultureInfo.InvariantCulture);

    private static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.Ordinal) ? header["Bearer ".Length..] : null;
    }

    private static IResult Error(int status, string code, string message) =>
        Results.Json(new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } }, statusCode: status);
}
