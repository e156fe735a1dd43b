using System.Text.RegularExpressions;

namespace Cutover.Core.Commands;

/// <summary>Heroku's naming rules for apps and spaces (patterns from the Platform API schema), with explanations.</summary>
public static partial class HerokuNames
{
    /// <summary>Why <paramref name="name"/> is not a valid Heroku app name, or null when it is.</summary>
    public static string? ExplainInvalidApp(string name)
    {
        if (AppPattern().IsMatch(name))
            return null;
        var lower = name.ToLowerInvariant();
        if (lower != name && AppPattern().IsMatch(lower))
            return $"Heroku app names are lowercase: did you mean `{lower}`?";
        return $"`{name}` is not a Heroku app name: use 3–30 characters, lowercase letters, digits and dashes, "
               + "starting with a letter and not ending with a dash.";
    }

    /// <summary>Why <paramref name="name"/> is not a valid Private Space name, or null when it is.</summary>
    public static string? ExplainInvalidSpace(string name)
    {
        if (SpacePattern().IsMatch(name))
            return null;
        var lower = name.ToLowerInvariant();
        if (lower != name && SpacePattern().IsMatch(lower))
            return $"Space names are lowercase: did you mean `{lower}`?";
        return $"`{name}` is not a Private Space name: use at least 3 lowercase letters, digits and single dashes, "
               + "starting and ending with a letter or digit.";
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{1,28}[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex AppPattern();

    [GeneratedRegex("^[a-z0-9](?:[a-z0-9]|-(?!-))+[a-z0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex SpacePattern();
}
