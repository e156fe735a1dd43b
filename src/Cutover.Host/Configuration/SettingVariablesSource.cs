using Cutover.Core.Configuration;

namespace Cutover.Host.Configuration;

/// <summary>
/// Maps the Heroku-style variables of <see cref="SettingVariables"/> onto their configuration keys, so
/// <c>HEROKU_API_TOKEN</c> reads as <c>Heroku:ApiToken</c>. Values are looked up in the configuration it is added to
/// whenever they are read, so settings added later (tests, the sandbox) are seen too. Added last, a variable that is set
/// wins over the key in <c>appsettings.json</c> or the environment.
/// </summary>
public sealed class SettingVariablesSource(IConfiguration configuration) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new Provider(configuration);

    private sealed class Provider(IConfiguration configuration) : ConfigurationProvider
    {
        public override bool TryGet(string key, out string? value)
        {
            value = null;
            foreach (var (variable, aliased) in SettingVariables.All)
            {
                // The variable is read from the whole configuration; this provider itself never answers for a variable.
                if (string.Equals(aliased, key, StringComparison.OrdinalIgnoreCase) && configuration[variable] is { } set && !string.IsNullOrWhiteSpace(set))
                {
                    value = set;
                    return true;
                }
            }

            return false;
        }

        public override IEnumerable<string> GetChildKeys(IEnumerable<string> earlierKeys, string? parentPath)
        {
            var keys = earlierKeys.ToList();
            foreach (var (_, aliased) in SettingVariables.All)
            {
                var separator = aliased.LastIndexOf(':');
                if (string.Equals(aliased[..separator], parentPath, StringComparison.OrdinalIgnoreCase) && TryGet(aliased, out _))
                    keys.Add(aliased[(separator + 1)..]);
            }

            keys.Sort(ConfigurationKeyComparer.Instance);
            return keys;
        }
    }
}
