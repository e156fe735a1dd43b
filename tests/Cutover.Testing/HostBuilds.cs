namespace Cutover.Testing;

/// <summary>
/// One host built at a time in a test process. <c>WebApplicationFactory</c> finds the app's host by listening,
/// process-wide, for the next host being built; a fake's host built at that moment on another test's thread could be
/// taken instead, and the factory then fails with "Addresses cannot be modified after the server has started". Every
/// host the tests build (<see cref="LoopbackApp"/>, the factory of the real host) is built through this gate.
/// </summary>
public static class HostBuilds
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Runs <paramref name="build"/> while no other host is being built.</summary>
    public static T OneAtATime<T>(Func<T> build)
    {
        ArgumentNullException.ThrowIfNull(build);
        Gate.Wait();
        try
        {
            return build();
        }
        finally
        {
            Gate.Release();
        }
    }
}
