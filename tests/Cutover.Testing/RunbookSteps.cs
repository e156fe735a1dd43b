using System.Globalization;
using Cutover.Core.Ports;
using Cutover.Steps;

namespace Cutover.Testing;

/// <summary>
/// Finds a step's implementation by the house convention (step <c>data-cutover</c> is <c>DataCutoverStep</c> in folder
/// <c>DataCutover</c>) and builds it alone, so a test container needs only what that step uses.
/// </summary>
public static class RunbookSteps
{
    private static readonly Type[] Implementations = typeof(StepServiceCollectionExtensions).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IRunbookStep).IsAssignableFrom(t))
        .ToArray();

    /// <summary>The type named for <paramref name="stepId"/>, or null when there is none.</summary>
    public static Type? TypeOf(string stepId)
    {
        ArgumentNullException.ThrowIfNull(stepId);
        var name = string.Concat(stepId.Split('-').Select(w => char.ToUpper(w[0], CultureInfo.InvariantCulture) + w[1..])) + "Step";
        return Implementations.SingleOrDefault(t => t.Name == name);
    }

    /// <summary>A new instance of the step, its dependencies taken from <paramref name="services"/>.</summary>
    public static IRunbookStep Create(IServiceProvider services, string stepId) =>
        (IRunbookStep)ActivatorUtilities.CreateInstance(services,
            TypeOf(stepId) ?? throw new ArgumentException($"No step implementation is named for '{stepId}'.", nameof(stepId)));
}
