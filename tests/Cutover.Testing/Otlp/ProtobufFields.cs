namespace Cutover.Testing.Otlp;

/// <summary>
/// A minimal protobuf reader: walks one message's fields and yields its length-delimited ones (nested messages, strings,
/// bytes) by field number, skipping varints and fixed-width numbers. Enough to pick names and ids out of OTLP payloads
/// without generated types; throws <see cref="FormatException"/> on bytes that are not a protobuf message.
/// </summary>
public static class ProtobufFields
{
    private const int Varint = 0;
    private const int Fixed64 = 1;
    private const int LengthDelimited = 2;
    private const int Fixed32 = 5;

    /// <summary>The length-delimited fields of <paramref name="message"/>, in order, as (field number, contents).</summary>
    public static IReadOnlyList<(int Field, ReadOnlyMemory<byte> Value)> LengthDelimitedFields(ReadOnlyMemory<byte> message)
    {
        var fields = new List<(int, ReadOnlyMemory<byte>)>();
        var span = message.Span;
        var position = 0;
        while (position < span.Length)
        {
            var tag = ReadVarint(span, ref position);
            var field = (int)(tag >> 3);
            switch ((int)(tag & 7))
            {
                case Varint:
                    ReadVarint(span, ref position);
                    break;
                case Fixed64:
                    position = Skip(span, position, 8);
                    break;
                case Fixed32:
                    position = Skip(span, position, 4);
                    break;
                case LengthDelimited:
                    var length = ReadVarint(span, ref position);
                    if (length > (ulong)(span.Length - position))
                        throw new FormatException($"field {field} is {length} bytes long but only {span.Length - position} remain");
                    fields.Add((field, message.Slice(position, (int)length)));
                    position += (int)length;
                    break;
                default:
                    throw new FormatException($"field {field} has unsupported wire type {tag & 7}");
            }
        }

        return fields;
    }

    /// <summary>The contents of every length-delimited field numbered <paramref name="field"/>.</summary>
    public static IEnumerable<ReadOnlyMemory<byte>> All(ReadOnlyMemory<byte> message, int field) =>
        LengthDelimitedFields(message).Where(f => f.Field == field).Select(f => f.Value);

    /// <summary>The first length-delimited field numbered <paramref name="field"/>, or empty when there is none.</summary>
    public static ReadOnlyMemory<byte> First(ReadOnlyMemory<byte> message, int field) =>
        All(message, field).FirstOrDefault();

    private static ulong ReadVarint(ReadOnlySpan<byte> span, ref int position)
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            if (position >= span.Length)
                throw new FormatException("a varint runs past the end of the message");
            var b = span[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
                return value;
        }

        throw new FormatException("a varint is longer than ten bytes");
    }

    private static int Skip(ReadOnlySpan<byte> span, int position, int count) =>
        position + count <= span.Length ? position + count : throw new FormatException("a fixed-width field runs past the end of the message");
}
