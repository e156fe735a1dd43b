namespace Cutover.Infrastructure;

/// <summary>Applies a section's rules to options built in code, the way the host applies them to bound ones at start.</summary>
public static class OptionsRules
{
    /// <summary>The options when they pass, else an <see cref="OptionsValidationException"/> naming every failure.</summary>
    public static T Passed<T>(this IValidateOptions<T> rules, T options)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        var result = rules.Validate(Options.DefaultName, options);
        return result.Failed ? throw new OptionsValidationException(Options.DefaultName, typeof(T), result.Failures) : options;
    }
}
