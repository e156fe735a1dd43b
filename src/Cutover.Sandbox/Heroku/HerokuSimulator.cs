using Cutover.Sandbox.Heroku.Seed;
using Microsoft.Extensions.Options;

namespace Cutover.Sandbox.Heroku;

/// <summary>
/// The simulated Heroku account, registered as a singleton: the state behind every simulator endpoint
/// plus the controls tests use (the same ones <c>/__simulator/*</c> exposes over HTTP). Thread-safe: every
/// read and change runs under one lock, after time-driven state has caught up with the clock.
/// </summary>
public sealed class HerokuSimulator
{
    private readonly Lock _gate = new();
    private readonly HerokuSimulatorOptions _options;
    private SimWorld _world;
    private RateLimitBucket _bucket;
    private int _rateLimitBursts;
    private int _serverErrors;
    private int _serverErrorStatus = 503;
    private TimeSpan _responseDelay;

    public HerokuSimulator(IOptions<HerokuSimulatorOptions> options, TimeProvider time)
    {
        _options = options.Value;
        Time = time;
        (_world, _bucket) = Load();
    }

    /// <summary>The simulator's clock: the container's <see cref="TimeProvider"/>.</summary>
    public TimeProvider Time { get; }

    /// <summary>The bearer tokens the seed accepts.</summary>
    public IReadOnlyList<string> Tokens
    {
        get
        {
            lock (_gate)
                return _world.Account.Tokens;
        }
    }

    private long _calls;

    /// <summary>API calls received since start (or the last reset), whatever their answer: for call budgets in tests and benchmarks.</summary>
    public long ApiCalls => Interlocked.Read(ref _calls);

    internal void CountCall() => Interlocked.Increment(ref _calls);

    /// <summary>The account's remaining API tokens (the <c>RateLimit-Remaining</c> header).</summary>
    public int RateLimitRemaining
    {
        get
        {
            lock (_gate)
                return _bucket.Remaining(Time.GetUtcNow());
        }
    }

    /// <summary>The faults currently armed.</summary>
    public HerokuSimulatorFaults Faults
    {
        get
        {
            lock (_gate)
                return new HerokuSimulatorFaults(_rateLimitBursts, _serverErrors, _serverErrorStatus, _responseDelay, _world.FailNextProvisioning);
        }
    }

    /// <summary>Reloads the seed: every change and every fault is forgotten, the token bucket is full again.</summary>
    public void Reset()
    {
        var (world, bucket) = Load();
        lock (_gate)
        {
            (_world, _bucket) = (world, bucket);
            Interlocked.Exchange(ref _calls, 0);
            _rateLimitBursts = 0;
            _serverErrors = 0;
            _serverErrorStatus = 503;
            _responseDelay = TimeSpan.Zero;
        }
    }

    /// <summary>The next <paramref name="count"/> API calls get 429 <c>rate_limit</c>, without using tokens.</summary>
    public void InjectRateLimitBursts(int count)
    {
        lock (_gate)
            _rateLimitBursts = Math.Max(0, count);
    }

    /// <summary>The next <paramref name="count"/> API calls fail with a Heroku-shaped 5xx (503 unless told).</summary>
    public void InjectServerErrors(int count, int status = 503)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(status, 500);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(status, 599);
        lock (_gate)
        {
            _serverErrors = Math.Max(0, count);
            _serverErrorStatus = status;
        }
    }

    /// <summary>Every API response waits this long (wall clock) before it is served; zero turns it off.</summary>
    public void SetResponseDelay(TimeSpan delay)
    {
        lock (_gate)
            _responseDelay = delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }

    /// <summary>The next add-on created ends up <c>deprovisioned</c> when its provisioning time is over.</summary>
    public void FailNextAddonProvisioning()
    {
        lock (_gate)
            _world.FailNextProvisioning = true;
    }

    /// <summary>Sets the token bucket, e.g. to 0 to see 429s, or to a few to watch a client slow down.</summary>
    public void SetRateLimitRemaining(int remaining)
    {
        lock (_gate)
            _bucket.Set(remaining, Time.GetUtcNow());
    }

    /// <summary>Disarms every fault.</summary>
    public void ClearFaults()
    {
        lock (_gate)
        {
            _rateLimitBursts = 0;
            _serverErrors = 0;
            _serverErrorStatus = 503;
            _responseDelay = TimeSpan.Zero;
            _world.FailNextProvisioning = false;
        }
    }

    /// <summary>The whole simulated account as JSON, for debugging (config var names only, never values).</summary>
    public string DescribeState() =>
        Run(world => StateView.Render(world, Faults, _bucket.Remaining(world.Now)).ToJsonString(StateView.Indented));

    /// <summary>Every app's custom domains with their Heroku DNS targets, as the account holds them now.</summary>
    public IReadOnlyList<(string Hostname, string Target)> CustomDomains() =>
        Run(world => (IReadOnlyList<(string, string)>)[.. world.Apps.SelectMany(a => a.Domains)
            .Where(d => d.Kind == "custom" && d.Cname is not null)
            .Select(d => (d.Hostname, d.Cname!))]);

    internal TimeSpan ResponseDelay
    {
        get
        {
            lock (_gate)
                return _responseDelay;
        }
    }

    /// <summary>Runs an operation on the world under the lock, after time-driven state caught up.</summary>
    internal T Run<T>(Func<SimWorld, T> operation)
    {
        lock (_gate)
        {
            _world.Tick(Time.GetUtcNow());
            return operation(_world);
        }
    }

    internal bool IsToken(string token)
    {
        lock (_gate)
            return _world.Account.Tokens.Contains(token, StringComparer.Ordinal);
    }

    internal bool TakeRateLimitBurst() => TakeOne(ref _rateLimitBursts);

    internal int? TakeServerError()
    {
        lock (_gate)
            return TakeOne(ref _serverErrors) ? _serverErrorStatus : null;
    }

    internal bool TryTakeToken(out int remaining)
    {
        lock (_gate)
            return _bucket.TryTake(Time.GetUtcNow(), out remaining);
    }

    private bool TakeOne(ref int counter)
    {
        lock (_gate)
        {
            if (counter <= 0)
                return false;
            counter--;
            return true;
        }
    }

    private (SimWorld World, RateLimitBucket Bucket) Load()
    {
        var now = Time.GetUtcNow();
        var world = SeedLoader.Load(SeedReader.Read(_options.SeedPath), now);
        return (world, new RateLimitBucket(_options.RateLimitCapacity, _options.RateLimitRefillPerMinute, now));
    }
}
