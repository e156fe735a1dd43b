namespace Cutover.IntegrationTests.Fakes.Slack;

/// <summary>
/// A fake Slack on a loopback Kestrel port: the Web API methods Cutover calls (under <see cref="ApiBaseUrl"/>,
/// Slack's <c>{ok, error}</c> envelope, bearer token checked, JSON or form bodies), recording every message per
/// channel and thread; and the people in the workspace, who send correctly signed commands, clicks and modal
/// submissions to the bot exactly as Slack would. Thread-safe; accessors return snapshots.
/// </summary>
public sealed partial class FakeSlack : IAsyncDisposable
{
    public const string DefaultBotToken = "xoxb-fake-0000-cutover";
    public const string DefaultSigningSecret = "fake-signing-secret-8f74223";
    public const string TeamId = "T0CUTOVER";
    public const string TeamDomain = "cutover-test";
    public const string AppId = "A0CUTOVER";
    public const string BotId = "B0CUTOVER";
    public const string BotUserId = "U0CUTOVERBOT";

    private readonly object _gate = new();
    private readonly WebApplication _app;
    private readonly HttpClient _toBot = new();
    private readonly List<FakeSlackMessage> _messages = [];
    private readonly List<FakeSlackUpdate> _updates = [];
    private readonly List<FakeSlackEphemeral> _ephemerals = [];
    private readonly List<FakeSlackView> _views = [];
    private readonly List<FakeSlackCall> _calls = [];
    private readonly List<FakeSlackDelivery> _deliveries = [];
    private readonly List<FakeSlackResponse> _responses = [];
    private readonly Dictionary<string, string[]> _userGroups = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _users = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _externalTeams = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Name, bool IsPrivate)> _channels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Trigger> _triggers = new(StringComparer.Ordinal);
    private readonly Queue<Fault> _faults = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _sequence;

    private FakeSlack(WebApplication app, Uri root, string botToken, string signingSecret, TimeProvider clock)
    {
        _app = app;
        Root = root;
        ApiBaseUrl = new Uri(root, "api/");
        BotToken = botToken;
        SigningSecret = signingSecret;
        Clock = clock;
    }

    /// <summary>Where the Web API is, with a trailing slash: the bot's <c>SLACK_API_URL</c>.</summary>
    public Uri ApiBaseUrl { get; }

    /// <summary>The fake's own root (response URLs live under it).</summary>
    public Uri Root { get; }

    /// <summary>The bot token the Web API accepts.</summary>
    public string BotToken { get; }

    /// <summary>The app's signing secret: what the fake signs its requests to the bot with.</summary>
    public string SigningSecret { get; }

    /// <summary>The clock for request timestamps and message ts (give it the bot's fake clock when the bot runs on one).</summary>
    public TimeProvider Clock { get; }

    /// <summary>Path of the bot's slash command endpoint, relative to the bot's base URL.</summary>
    public string CommandsPath { get; set; } = "slack/commands";

    /// <summary>Path of the bot's interactivity endpoint, relative to the bot's base URL.</summary>
    public string InteractionsPath { get; set; } = "slack/interactions";

    /// <summary>Path of the bot's Events API endpoint, relative to the bot's base URL.</summary>
    public string EventsPath { get; set; } = "slack/events";

    /// <summary>The slash command the workspace's people type.</summary>
    public string Command { get; set; } = "/cutover";

    /// <summary>
    /// How long a trigger id stays usable for <c>views.open</c> (Slack: about 3 s). Null (the default) never expires
    /// them, so a slow test machine does not fail scenario tests; expired or reused triggers fail as on Slack.
    /// </summary>
    public TimeSpan? TriggerLifetime { get; set; }

    public static async Task<FakeSlack> StartAsync(
        string botToken = DefaultBotToken, string signingSecret = DefaultSigningSecret, TimeProvider? clock = null)
    {
        var app = LoopbackApp.Create();
        FakeSlack? fake = null;
        app.Map("/api/{method}", (HttpContext context, string method) => fake!.HandleApiAsync(context, method));
        app.MapPost("/responses/{triggerId}", (HttpContext context, string triggerId) => fake!.HandleResponseUrlAsync(context, triggerId));
        app.MapPost("/upload/{id}", (HttpContext context, string id) => fake!.HandleUploadAsync(context, id));
        var address = await app.StartOnLoopbackAsync();
        fake = new FakeSlack(app, address, botToken, signingSecret, clock ?? TimeProvider.System);
        return fake;
    }

    // ---- workspace configuration ----

    /// <summary>Defines (or redefines) a user group <c>S…</c> and its members.</summary>
    public void SetUserGroup(string groupId, params string[] userIds)
    {
        lock (_gate)
            _userGroups[groupId] = [.. userIds];
    }

    /// <summary>
    /// A user of another workspace, <paramref name="teamId"/>, in this workspace's shared channels (Slack Connect): their
    /// commands and clicks carry their own workspace as <c>team_id</c> and <c>user.team_id</c>.
    /// </summary>
    public void AddExternalUser(string userId, string name, string teamId)
    {
        lock (_gate)
        {
            _users[userId] = name;
            _externalTeams[userId] = teamId;
        }
    }

    /// <summary>The workspace <paramref name="user"/> belongs to: <see cref="TeamId"/> unless they were added as external.</summary>
    private string UserTeam(string user)
    {
        lock (_gate)
            return _externalTeams.TryGetValue(user, out var team) ? team : TeamId;
    }

    /// <summary>A user <c>users.info</c> knows.</summary>
    public void AddUser(string userId, string name)
    {
        lock (_gate)
            _users[userId] = name;
    }

    /// <summary>A channel <c>conversations.info</c> knows (posting works in any <c>C…</c>/<c>G…</c>/<c>D…</c> channel).</summary>
    public void AddChannel(string channelId, string name, bool isPrivate = false)
    {
        lock (_gate)
            _channels[channelId] = (name, isPrivate);
    }

    /// <summary>The next <paramref name="count"/> calls (of <paramref name="method"/>, or of any method) answer 429 with <c>Retry-After</c>.</summary>
    public void RateLimitNext(int count, TimeSpan retryAfter, string? method = null)
    {
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
                _faults.Enqueue(new Fault(method, HttpStatusCode.TooManyRequests, "ratelimited", retryAfter));
        }
    }

    /// <summary>The next call of <paramref name="method"/> answers <c>{"ok":false,"error":error}</c>.</summary>
    public void FailNext(string method, string error)
    {
        lock (_gate)
            _faults.Enqueue(new Fault(method, HttpStatusCode.OK, error, null));
    }

    public async ValueTask DisposeAsync()
    {
        _toBot.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Changed()
    {
        TaskCompletionSource previous;
        lock (_gate)
        {
            previous = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        previous.TrySetResult();
    }

    /// <summary>A Slack-style ts, unique and increasing: Unix seconds of the fake's clock, a dot, six digits.</summary>
    private string NextTs()
    {
        var n = Interlocked.Increment(ref _sequence);
        var seconds = Clock.GetUtcNow().ToUnixTimeSeconds();
        return $"{seconds.ToString(CultureInfo.InvariantCulture)}.{(n % 1_000_000).ToString("D6", CultureInfo.InvariantCulture)}";
    }

    private sealed record Fault(string? Method, HttpStatusCode Status, string Error, TimeSpan? RetryAfter);

    /// <summary>A trigger id the fake issued: who caused it, where, when, and for a click the message clicked (what <c>replace_original</c> replaces).</summary>
    private sealed record Trigger(string User, string? Channel, DateTimeOffset IssuedAt, string? MessageTs = null)
    {
        public bool Used { get; set; }
    }
}
