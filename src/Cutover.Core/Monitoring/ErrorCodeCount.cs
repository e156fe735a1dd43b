namespace Cutover.Core.Monitoring;

/// <summary>How often a Heroku error code appeared in the window.</summary>
public sealed record ErrorCodeCount(string Code, long Count)
{
    /// <summary>The code's short meaning (<see cref="HerokuErrorCodes.Meaning"/>).</summary>
    public string Meaning => HerokuErrorCodes.Meaning(Code);
}
