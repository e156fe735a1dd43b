namespace Cutover.Infrastructure;

/// <summary>
/// How a library takes its section: bound from configuration and checked when the host starts, or built in code and
/// checked now. Either way the rules are one <see cref="IValidateOptions{T}"/>, and the options are a singleton.
/// </summary>
public static class OptionsRules
{
    /// <summary>Binds <typeparamref name="T"/> to <paramref name="section"/>; <typeparamref name="TRules"/> checks it at start.</summary>
    public static IServiceCollection BindSection<T, TRules>(this IServiceCollection services, string section)
        where T : class
        where TRules : class, IValidateOptions<T>
    {
        services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
        return services.UseRules<T, TRules>();
    }

    /// <summary>Uses <paramref name="options"/> built in code, checked by <typeparamref name="TRules"/> now.</summary>
    /// <exception cref="OptionsValidationException">Every failure, each naming its setting.</exception>
    public static IServiceCollection UseOptions<T, TRules>(this IServiceCollection services, T options)
        where T : class
        where TRules : class, IValidateOptions<T>, new()
    {
        services.AddSingleton(Options.Create(new TRules().Passed(options)));
        return services.UseRules<T, TRules>();
    }

    /// <summary>The options when they pass, else an <see cref="OptionsValidationException"/> naming every failure.</summary>
    public static T Passed<T>(this IValidateOptions<T> rules, T options)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        var result = rules.Validate(Options.DefaultName, options);
        return result.Failed ? throw new OptionsValidationException(Options.DefaultName, typeof(T), result.Failures) : options;
    }

    private static IServiceCollection UseRules<T, TRules>(this IServiceCollection services)
        where T : class
        where TRules : class, IValidateOptions<T>
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<T>, TRules>());
        services.TryAddSingleton(provider => provider.GetRequiredService<IOptions<T>>().Value);
        return services;
    }
}
