namespace Cutover.Sandbox.Heroku.Model;

/// <summary>Where an app runs, which decides its dyno sizes: the names used by the seed's dyno sizes.</summary>
internal static class Runtimes
{
    public const string Common = "common";
    public const string Private = "private";
    public const string Shield = "shield";
    public const string Fir = "fir";

    public static string Describe(string runtime) => runtime switch
    {
        Common => "the Common Runtime",
        Private => "Private Spaces",
        Shield => "Shield Private Spaces",
        _ => "Fir spaces",
    };
}
