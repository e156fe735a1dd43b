using Cutover.Infrastructure.Audit;
using Cutover.Infrastructure.Monitoring;

namespace Cutover.Infrastructure;

public static class AuditLinkServiceCollectionExtensions
{
    /// <summary>
    /// Signed audit download links and health chart addresses with the <c>AuditLinks</c> section (<c>CUTOVER_BASE_URL</c>,
    /// <c>CUTOVER_LINK_SECRET</c>), validated at start.
    /// </summary>
    public static IHostApplicationBuilder AddCutoverAuditLinks(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.BindSection<AuditLinkOptions, AuditLinkOptionsValidation>(AuditLinkOptions.Section);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<SignedAuditLinks>();
        builder.Services.TryAddSingleton<IAuditDownloads>(provider => provider.GetRequiredService<SignedAuditLinks>());
        builder.Services.TryAddSingleton<SignedChartLinks>();
        builder.Services.TryAddSingleton<IChartLinks>(provider => provider.GetRequiredService<SignedChartLinks>());
        return builder;
    }
}
