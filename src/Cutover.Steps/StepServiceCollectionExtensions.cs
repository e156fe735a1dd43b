using Cutover.Steps.DnsTtl;
using Cutover.Steps.MaintenanceOn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cutover.Steps;

public static class StepServiceCollectionExtensions
{
    private static readonly Type[] Parts = [typeof(IRunbookStep), typeof(IStepBriefing), typeof(IStepGate), typeof(IStepHooks)];

    /// <summary>
    /// Every runbook step of this assembly with its briefing, gate and hooks: a step added in its own folder is found
    /// here without being listed. The steps apply <paramref name="migration"/> (defaults when null).
    /// </summary>
    public static IServiceCollection AddCutoverSteps(this IServiceCollection services, MigrationOptions? migration = null)
    {
        services.TryAddSingleton(migration ?? new MigrationOptions());
        foreach (var type in typeof(StepServiceCollectionExtensions).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var part in Parts.Where(p => p.IsAssignableFrom(type)))
                services.TryAddEnumerable(ServiceDescriptor.Transient(part, type));
        }

        services.TryAddTransient<CurrentPlan>();
        services.TryAddTransient<RemindDnsTtl>();
        services.TryAddTransient<ICutoverWindowProbe, CutoverWindowProbe>();
        return services;
    }
}
