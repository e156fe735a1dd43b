namespace Cutover.Infrastructure;

/// <summary>Configuration problems found at start-up, turned into one line that names the setting.</summary>
public sealed class StartupConfigurationException(string message) : Exception(message)
{
    /// <summary>The one-line explanation for a configuration problem, or null for any other exception.</summary>
    public static string? Describe(Exception exception) => exception switch
    {
        StartupConfigurationException configuration => configuration.Message,
        OptionsValidationException validation => string.Join(" ", validation.Failures),
        InvalidOperationException { InnerException: FormatException or ArgumentException or InvalidOperationException } binding
            when binding.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) => binding.Message,
        AggregateException aggregate when aggregate.InnerExceptions.Count == 1 => Describe(aggregate.InnerExceptions[0]),
        _ => null,
    };
}
