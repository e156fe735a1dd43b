namespace Cutover.Core.Planning;

/// <summary>
/// The three categories of Heroku's migration guide ("Review Add-ons Availability") for an add-on service
/// seen from the target space.
/// </summary>
public enum AddonAvailability
{
    /// <summary>A plan of the space's tier (Private or Shield) is installable inside the space: traffic stays on the private network.</summary>
    InstallableInSpace,

    /// <summary>Usable from the space but provisioned outside it: traffic crosses the public internet.</summary>
    AvailableOutsideSpace,

    /// <summary>No plan can be provisioned for an app in the space.</summary>
    Unavailable,
}
