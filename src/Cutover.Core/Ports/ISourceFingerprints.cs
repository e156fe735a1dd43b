namespace Cutover.Core.Ports;

/// <summary>Reads the parts of a source app that approvals are bound to (<see cref="SourceFingerprint"/>).</summary>
public interface ISourceFingerprints
{
    /// <summary>
    /// The app's newest release (<c>GET /apps/{app}/releases</c>), formation (<c>GET /apps/{app}/formation</c>),
    /// add-ons (<c>GET /apps/{app}/addons</c>) and custom domains (<c>GET /apps/{app}/domains</c>), each read only when
    /// <paramref name="aspects"/> names it.
    /// </summary>
    Task<SourceFingerprint> ReadAsync(string app, SourceAspect aspects, CancellationToken cancellationToken);
}
