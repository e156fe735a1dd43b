using System.Net;
using System.Net.Sockets;
using ARSoft.Tools.Net.Dns;

namespace Cutover.Sandbox.Dns;

/// <summary>
/// The simulated zones' authoritative name server: ARSoft.Tools.Net's <see cref="DnsServer"/> on one loopback port
/// over UDP and TCP, answering as <see cref="SimulatedZoneAnswers"/> says. It is also its own resolver for the lookups
/// that find a zone's name servers. What it publishes is what the provider holds now, as if every change reached the
/// name servers at once.
/// </summary>
public sealed class DnsResponder : IAsyncDisposable
{
    /// <summary>How often <see cref="Start"/> looks for a port free for both UDP and TCP before it gives up.</summary>
    private const int PortAttempts = 5;

    /// <summary>How long <see cref="DisposeAsync"/> lets <see cref="DnsServer.Stop"/> (which blocks) run before it closes the sockets itself.</summary>
    private static readonly TimeSpan StopDeadline = TimeSpan.FromSeconds(5);

    private readonly SimulatedDns _dns;
    private readonly UdpServerTransport _udp;
    private readonly TcpServerTransport _tcp;
    private readonly DnsServer _server;

    private DnsResponder(SimulatedDns dns, IPEndPoint endPoint)
    {
        _dns = dns;
        EndPoint = endPoint;
        _udp = new UdpServerTransport(endPoint);
        _tcp = new TcpServerTransport(endPoint);
        _server = new DnsServer(_udp, _tcp);
        _server.QueryReceived += (_, e) =>
        {
            e.Response = SimulatedZoneAnswers.Answer(_dns, EndPoint.Address, e.Query);
            return Task.CompletedTask;
        };
    }

    /// <summary>Where it listens, over UDP and TCP alike: 127.0.0.1 and the port it was given.</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>Starts answering on 127.0.0.1 at <paramref name="port"/> (0: a port free for both UDP and TCP).</summary>
    public static DnsResponder Start(SimulatedDns dns, int port = 0)
    {
        ArgumentNullException.ThrowIfNull(dns);
        for (var attempt = 1; ; attempt++)
        {
            var responder = new DnsResponder(dns, new IPEndPoint(IPAddress.Loopback, port == 0 ? FreeUdpPort() : port));
            try
            {
                responder._server.Start();
                return responder;
            }
            catch (SocketException exception) when (port == 0 && attempt < PortAttempts && exception.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                // Another process took the UDP port, or held its TCP twin: try another.
                responder.CloseSockets();
            }
            catch
            {
                responder.CloseSockets();
                throw;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Task.Run(_server.Stop).WaitAsync(StopDeadline);
        }
        catch (TimeoutException)
        {
            // Stop is still waiting on its accept loops; closing the sockets below ends them.
        }
        catch (AggregateException exception) when (exception.InnerExceptions.All(e => e is OperationCanceledException))
        {
            // An accept loop was cancelled before it began: nothing of it to wait for.
        }
        finally
        {
            CloseSockets();
        }
    }

    private void CloseSockets()
    {
        _udp.Dispose();
        _tcp.Dispose();
    }

    /// <summary>A UDP port the system has free on 127.0.0.1 now (ARSoft's transports bind the port they are given).</summary>
    private static int FreeUdpPort()
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.LocalEndPoint!).Port;
    }
}
