using Cutover.Infrastructure;

namespace Cutover.Sandbox.Runtime;

/// <summary>
/// Decides whether Cutover runs as the sandbox. <c>CUTOVER_SANDBOX=true|false</c> decides when set; otherwise the sandbox
/// is on exactly when none of the <see cref="RealCredentials"/> is configured. The sandbox never runs next to a real
/// credential: its console lets anyone act as anyone, so <c>CUTOVER_SANDBOX=true</c> with one set stops start-up.
/// </summary>
public static class SandboxMode
{
    public const string Variable = "CUTOVER_SANDBOX";

    /// <summary>Whether the sandbox is on for this configuration.</summary>
    /// <exception cref="StartupConfigurationException">The variable is not true/false, or forces the sandbox next to a credential.</exception>
    public static bool IsOn(IConfiguration configuration) =>
        RealCredentials.Switch(configuration, Variable, "the sandbox") ?? RealCredentials.Configured(configuration).Count == 0;
}
