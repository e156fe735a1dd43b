using Microsoft.Extensions.DependencyInjection;

namespace Cutover.Chat.Inbound;

public static class InboundServiceCollectionExtensions
{
    /// <summary>
    /// The inbound queue's two halves: <see cref="InboundIntake"/>, where the Slack and Teams endpoints store what a request
    /// asks, and <see cref="InboundWorker"/> (a hosted service) with <see cref="InboundHandler"/>, which works it. Each
    /// platform adds its <see cref="IInboundReplies"/> (<c>AddSlackInbound</c>, <c>AddTeamsInbound</c>).
    /// </summary>
    public static IServiceCollection AddChatInbound(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddTransient<InboundHandler>();
        services.AddSingleton<InboundWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<InboundWorker>());
        services.AddSingleton<InboundIntake>();
        return services;
    }
}
