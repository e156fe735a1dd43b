using Cutover.Steps.DnsTtl;
using Cutover.Steps.MaintenanceOn;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cutover.Steps;

public static class StepServiceCollectionExtensions
{
    private static readonly Type[] Parts = [typeof(IRunbookStep), typeof(IStepBriefing), typeof(IStepGate), typeof(IStepHooks)];

    /// <summary>The runbook steps with the <c>Migration</c> section, validated when the host starts.</summary>
    public static IHostApplicationBuilder AddCutoverSteps(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.BindSection<MigrationOptions, MigrationOptionsValidation>(MigrationOptions.Section);
        Register(builder.Services);
        return builder;
    }

    /// <summary>The runbook steps applying <paramref name="migration"/> (defaults when null), checked now.</summary>
    /// <exception cref="OptionsValidationException">A setting out of range, named.</exception>
    public static IServiceCollection AddCutoverSteps(this IServiceCollection services, MigrationOptions? migration = null)
    {
        services.UseOptions<MigrationOptions, MigrationOptionsValidation>(migration ?? new MigrationOptions());
        return Register(services);
    }

    /// <summary>
    /// Every runbook step of this assembly with its briefing, gate and hooks: a step added in its own folder is found
    /// here without being listed.
    /// </summary>
    private static IServiceCollection Register(IServiceCollection services)
    {
        foreach (var type in typeof(StepServiceCollectionExtensions).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var part in Parts.Where(p => p.IsAssignableFrom(type)))
                services.TryAddEnumerable(ServiceDescriptor.Transient(part, type));
        }

        services.TryAddTransient<CurrentPlan>();
        services.TryAddTransient<ManualChecklist>();
        services.TryAddTransient<CreateApp.IntegrationsCarrier>();
        services.TryAddTransient<GoLive.ParityReport>();
        services.TryAddTransient<GoLive.AcmCertificates>();
        services.TryAddTransient<Deploy.SourceBuild>();
        services.TryAddTransient<RemindDnsTtl>();
        services.TryAddTransient<ICutoverWindowProbe, CutoverWindowProbe>();
        return services;
    }
}
