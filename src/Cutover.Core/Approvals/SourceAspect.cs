namespace Cutover.Core.Approvals;

/// <summary>
/// The parts of the source app a step's work depends on. Their state is recorded when the step's approval request is
/// posted and compared when the approved step starts: a change in between re-issues the step instead of running it
/// on facts nobody approved.
/// </summary>
[Flags]
public enum SourceAspect
{
    None = 0,

    /// <summary>The newest release (a deploy, a config var change, an add-on attached or detached).</summary>
    Release = 1,

    /// <summary>The process types with their quantities and dyno sizes.</summary>
    Formation = 2,

    /// <summary>The add-ons the app lists, with their plans.</summary>
    Addons = 4,

    /// <summary>The app's custom domains.</summary>
    Domains = 8,
}
