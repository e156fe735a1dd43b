using System.Net;
using System.Net.Sockets;

namespace Cutover.Sandbox.Dns;

/// <summary>
/// The simulated zones' authoritative name server, over UDP on a loopback port: it answers with authority for
/// <see cref="SimulatedDns"/>'s zones (the apex NS <c>ns1.&lt;zone&gt;</c> with its address as glue, SOA, CNAME, A,
/// AAAA; NXDOMAIN for names that do not exist), refuses every other name (it does not recurse), and is its own
/// resolver for the lookups that find a zone's name servers. What it publishes is what the provider holds now, as if
/// every change reached the name servers at once.
/// </summary>
public sealed class DnsResponder : IAsyncDisposable
{
    private const int NameServerTtl = 86_400;

    private readonly SimulatedDns _dns;
    private readonly Socket _socket;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;

    private DnsResponder(SimulatedDns dns, Socket socket)
    {
        _dns = dns;
        _socket = socket;
        EndPoint = (IPEndPoint)socket.LocalEndPoint!;
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>Where it listens: 127.0.0.1 and the port it was given.</summary>
    public IPEndPoint EndPoint { get; }

    /// <summary>Starts answering on 127.0.0.1 at <paramref name="port"/> (0: a free port).</summary>
    public static DnsResponder Start(SimulatedDns dns, int port = 0)
    {
        ArgumentNullException.ThrowIfNull(dns);
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return new DnsResponder(dns, socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The response to one query message.</summary>
    internal byte[] Answer(ReadOnlySpan<byte> query)
    {
        if (!DnsWire.TryReadQuery(query, out var question))
            return DnsWire.WriteError(query, DnsResponseCode.FormatError);
        if ((question.Flags & 0x7800) != 0)
            return DnsWire.WriteResponse(question, false, DnsResponseCode.NotImplemented, [], [], []);
        if (question.Class != DnsWire.ClassIn || _dns.FindZone(question.Name) is not { } zone)
            return DnsWire.WriteResponse(question, false, DnsResponseCode.Refused, [], [], []);

        var nameServer = $"ns1.{zone}";
        var glue = new DnsAnswer(nameServer, DnsWire.A, NameServerTtl, EndPoint.Address.ToString());
        var soa = new DnsAnswer(zone, DnsWire.Soa, NameServerTtl, $"{nameServer} hostmaster.{zone} 1 3600 600 604800 60");
        if (question.Name == zone && question.Type == DnsWire.Ns)
            return DnsWire.WriteResponse(question, true, DnsResponseCode.NoError, [new DnsAnswer(zone, DnsWire.Ns, NameServerTtl, nameServer)], [], [glue]);
        if (question.Name == zone && question.Type == DnsWire.Soa)
            return DnsWire.WriteResponse(question, true, DnsResponseCode.NoError, [soa], [], []);
        if (question.Name == nameServer)
        {
            return question.Type == DnsWire.A
                ? DnsWire.WriteResponse(question, true, DnsResponseCode.NoError, [glue], [], [])
                : DnsWire.WriteResponse(question, true, DnsResponseCode.NoError, [], [soa], []);
        }

        var records = _dns.RecordsNamed(question.Name);
        var cname = records.FirstOrDefault(r => r.Type == "CNAME");
        var answers = cname is not null
            ? [new DnsAnswer(cname.Name, DnsWire.Cname, cname.PublishedTtl, cname.Content)]
            : records.Where(r => Type(r.Type) == question.Type && question.Type is DnsWire.A or DnsWire.Aaaa)
                .Select(r => new DnsAnswer(r.Name, question.Type, r.PublishedTtl, r.Content)).ToList();
        if (answers.Count > 0)
            return DnsWire.WriteResponse(question, true, DnsResponseCode.NoError, answers, [], []);
        var code = question.Name == zone || _dns.NameExists(question.Name) ? DnsResponseCode.NoError : DnsResponseCode.NameError;
        return DnsWire.WriteResponse(question, true, code, [], [soa], []);
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _socket.Dispose();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }

        _stopping.Dispose();
    }

    private async Task ServeAsync()
    {
        var buffer = new byte[4096];
        while (!_stopping.IsCancellationRequested)
        {
            SocketReceiveFromResult received;
            try
            {
                received = await _socket.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), _stopping.Token);
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException or OperationCanceledException)
            {
                if (_stopping.IsCancellationRequested)
                    return;
                // A client's port was unreachable (ICMP); keep serving the others.
                continue;
            }

            var response = Answer(buffer.AsSpan(0, received.ReceivedBytes));
            try
            {
                await _socket.SendToAsync(response, SocketFlags.None, received.RemoteEndPoint, _stopping.Token);
            }
            catch (Exception exception) when (exception is SocketException or ObjectDisposedException or OperationCanceledException)
            {
                if (_stopping.IsCancellationRequested)
                    return;
            }
        }
    }

    private static ushort Type(string type) => type switch
    {
        "A" => DnsWire.A,
        "AAAA" => DnsWire.Aaaa,
        "CNAME" => DnsWire.Cname,
        _ => 0,
    };
}
