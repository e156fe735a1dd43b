using Cutover.Host;

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddCutover();
    var app = builder.Build();
    app.MapCutover();
    // Validate options here, before the host logs a start-up failure with a stack trace.
    app.Services.GetService<IStartupValidator>()?.Validate();
    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (StartupConfigurationException.Describe(exception) is { } line)
{
    // One line that names the setting; no stack trace, no values that might be secrets.
    await Console.Error.WriteLineAsync($"Cutover cannot start: {line}");
    return 1;
}

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
