using System.Buffers.Binary;
using System.Net;

namespace Cutover.Sandbox.Dns;

/// <summary>The DNS message format (RFC 1035 §4) as far as the simulated name server needs it: read a query's question, write an answer.</summary>
internal static class DnsWire
{
    public const ushort A = 1;
    public const ushort Ns = 2;
    public const ushort Cname = 5;
    public const ushort Soa = 6;
    public const ushort Aaaa = 28;
    public const ushort ClassIn = 1;

    /// <summary>The query's id, flags and question; false when the bytes are not one query with one question.</summary>
    public static bool TryReadQuery(ReadOnlySpan<byte> message, out DnsQuestion question)
    {
        question = default;
        if (message.Length < 12 || (message[2] & 0x80) != 0 || BinaryPrimitives.ReadUInt16BigEndian(message[4..]) != 1)
            return false;
        var offset = 12;
        var name = new StringBuilder();
        while (true)
        {
            if (offset >= message.Length)
                return false;
            int length = message[offset++];
            if (length == 0)
                break;
            // Queries carry no compression pointers; anything but a plain label is refused as malformed.
            if (length > 63 || offset + length > message.Length || name.Length + length > 253)
                return false;
            if (name.Length > 0)
                name.Append('.');
            name.Append(Encoding.ASCII.GetString(message.Slice(offset, length)).ToLowerInvariant());
            offset += length;
        }

        if (offset + 4 > message.Length)
            return false;
        question = new DnsQuestion(
            BinaryPrimitives.ReadUInt16BigEndian(message),
            BinaryPrimitives.ReadUInt16BigEndian(message[2..]),
            name.ToString(),
            BinaryPrimitives.ReadUInt16BigEndian(message[offset..]),
            BinaryPrimitives.ReadUInt16BigEndian(message[(offset + 2)..]));
        return true;
    }

    /// <summary>
    /// The answer to <paramref name="question"/>: its id, QR set, the query's opcode and RD copied, AA as given, the
    /// response code, the question repeated and the three record sections.
    /// </summary>
    public static byte[] WriteResponse(DnsQuestion question, bool authoritative, DnsResponseCode code,
        IReadOnlyList<DnsAnswer> answers, IReadOnlyList<DnsAnswer> authority, IReadOnlyList<DnsAnswer> additional)
    {
        var buffer = new List<byte>(512);
        var flags = (ushort)(0x8000 | (question.Flags & 0x7800) | (authoritative ? 0x0400 : 0) | (question.Flags & 0x0100) | (ushort)code);
        Write16(buffer, question.Id);
        Write16(buffer, flags);
        Write16(buffer, 1);
        Write16(buffer, (ushort)answers.Count);
        Write16(buffer, (ushort)authority.Count);
        Write16(buffer, (ushort)additional.Count);
        WriteName(buffer, question.Name);
        Write16(buffer, question.Type);
        Write16(buffer, question.Class);
        foreach (var record in answers.Concat(authority).Concat(additional))
        {
            WriteName(buffer, record.Name);
            Write16(buffer, record.Type);
            Write16(buffer, ClassIn);
            Write32(buffer, (uint)record.Ttl);
            var data = Data(record);
            Write16(buffer, (ushort)data.Count);
            buffer.AddRange(data);
        }

        return [.. buffer];
    }

    /// <summary>A response with no records, e.g. FORMERR for bytes that are not a query: the id echoed when there is one.</summary>
    public static byte[] WriteError(ReadOnlySpan<byte> message, DnsResponseCode code)
    {
        var response = new byte[12];
        if (message.Length >= 2)
            message[..2].CopyTo(response);
        BinaryPrimitives.WriteUInt16BigEndian(response.AsSpan(2), (ushort)(0x8000 | (ushort)code));
        return response;
    }

    private static List<byte> Data(DnsAnswer record)
    {
        var data = new List<byte>();
        switch (record.Type)
        {
            case A or Aaaa:
                data.AddRange(IPAddress.Parse(record.Data).GetAddressBytes());
                break;
            case Ns or Cname:
                WriteName(data, record.Data);
                break;
            case Soa:
                // "mname rname serial refresh retry expire minimum"
                var parts = record.Data.Split(' ');
                WriteName(data, parts[0]);
                WriteName(data, parts[1]);
                foreach (var number in parts[2..])
                    Write32(data, uint.Parse(number, System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                throw new ArgumentException($"Record type {record.Type} is not served.", nameof(record));
        }

        return data;
    }

    private static void WriteName(List<byte> buffer, string name)
    {
        foreach (var label in name.TrimEnd('.').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            buffer.Add((byte)label.Length);
            buffer.AddRange(Encoding.ASCII.GetBytes(label));
        }

        buffer.Add(0);
    }

    private static void Write16(List<byte> buffer, ushort value)
    {
        buffer.Add((byte)(value >> 8));
        buffer.Add((byte)value);
    }

    private static void Write32(List<byte> buffer, uint value)
    {
        Write16(buffer, (ushort)(value >> 16));
        Write16(buffer, (ushort)value);
    }
}
