namespace Cutover.Sandbox.Heroku.Model;

/// <summary>The account's token bucket: every call takes one, tokens come back at a steady rate up to the capacity.</summary>
internal sealed class RateLimitBucket(int capacity, double refillPerMinute, DateTimeOffset now)
{
    private double _tokens = capacity;
    private DateTimeOffset _refilledAt = now;

    public int Remaining(DateTimeOffset now)
    {
        Refill(now);
        return (int)Math.Floor(_tokens);
    }

    public bool TryTake(DateTimeOffset now, out int remaining)
    {
        Refill(now);
        var taken = _tokens >= 1;
        if (taken)
            _tokens -= 1;
        remaining = (int)Math.Floor(_tokens);
        return taken;
    }

    public void Set(int remaining, DateTimeOffset now)
    {
        _tokens = Math.Clamp(remaining, 0, capacity);
        _refilledAt = now;
    }

    private void Refill(DateTimeOffset now)
    {
        if (now <= _refilledAt)
            return;
        _tokens = Math.Min(capacity, _tokens + ((now - _refilledAt).TotalMinutes * refillPerMinute));
        _refilledAt = now;
    }
}
