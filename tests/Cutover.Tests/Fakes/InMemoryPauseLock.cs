namespace Cutover.Tests.Fakes;

/// <summary><see cref="IPauseLock"/> in memory: one hold at most.</summary>
internal sealed class InMemoryPauseLock : IPauseLock
{
    public PauseHold? Hold { get; set; }

    public Task<PauseHold?> CurrentAsync(CancellationToken cancellationToken) => Task.FromResult(Hold);

    public Task<(bool Taken, PauseHold Hold)> TakeAsync(PauseHold hold, CancellationToken cancellationToken)
    {
        if (Hold is { } held)
            return Task.FromResult((false, held));
        Hold = hold;
        return Task.FromResult((true, hold));
    }

    public Task<PauseHold?> ReleaseAsync(CancellationToken cancellationToken)
    {
        var released = Hold;
        Hold = null;
        return Task.FromResult(released);
    }
}
