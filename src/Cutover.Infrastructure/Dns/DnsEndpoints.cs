namespace Cutover.Infrastructure.Dns;

/// <summary>Parses resolver addresses from settings: <c>192.0.2.53</c>, <c>127.0.0.1:5353</c>, <c>[::1]:53</c>.</summary>
internal static class DnsEndpoints
{
    public static IPEndPoint Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Trim();
        if (IPAddress.TryParse(value, out var address))
            return new IPEndPoint(address, 53);
        if (IPEndPoint.TryParse(value, out var endpoint) && endpoint.Port is > 0 and <= 65535)
            return endpoint;
        throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
            $"DNS resolver \"{value}\" is not an IP address or ip:port (e.g. 192.0.2.53 or 127.0.0.1:5353)."), nameof(text));
    }
}
