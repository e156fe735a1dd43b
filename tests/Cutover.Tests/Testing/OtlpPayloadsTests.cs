using Cutover.Testing.Otlp;

namespace Cutover.Tests.Testing;

/// <summary>
/// The test kit's OTLP reader picks span ids, names and string attributes, metric names and the service name out of
/// protobuf export requests, skipping fields of every other wire type; bytes that are not protobuf are refused.
/// </summary>
public sealed class OtlpPayloadsTests
{
    private static readonly byte[] TraceId = Convert.FromHexString("0af7651916cd43dd8448eb211c80319c");
    private static readonly byte[] SpanId = Convert.FromHexString("b7ad6b7169203331");
    private static readonly byte[] ParentId = Convert.FromHexString("00f067aa0ba902b7");

    [Fact]
    public void Spans_ExportWithOneSpan_ReadsIdsNameAndStringAttributes()
    {
        var span = Message(
            Bytes(1, TraceId), Bytes(2, SpanId), Text(3, "vendor=1"), Bytes(4, ParentId), Text(5, "step preflight"),
            Varint(6, 1), Fixed64(7), Fixed64(8),
            Bytes(9, KeyValue("url.full", Text(1, "http://127.0.0.1:5000/apps/demo-app"))),
            Bytes(9, KeyValue("http.response.status_code", Varint(3, 200))),
            Fixed32(99));
        var export = Message(Bytes(1, Message(Bytes(1, Resource("cutover-test")), Bytes(2, Message(Bytes(1, Message(Text(1, "Cutover"))), Bytes(2, span))))));

        var read = Assert.Single(OtlpPayloads.Spans(export));

        Assert.Equal(("0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331", "00f067aa0ba902b7", "step preflight"),
            (read.TraceId, read.SpanId, read.ParentSpanId, read.Name));
        Assert.Equal(new Dictionary<string, string> { ["url.full"] = "http://127.0.0.1:5000/apps/demo-app" }, read.Attributes);
        Assert.Equal(["cutover-test"], OtlpPayloads.ServiceNames(export));
    }

    [Fact]
    public void Spans_RootSpan_HasAnEmptyParent()
    {
        var export = Message(Bytes(1, Message(Bytes(2, Message(Bytes(2, Message(Bytes(1, TraceId), Bytes(2, SpanId), Text(5, "POST /slack/interactions"))))))));

        Assert.Equal("", Assert.Single(OtlpPayloads.Spans(export)).ParentSpanId);
    }

    [Fact]
    public void MetricNames_ExportWithTwoScopes_ReadsEveryMetricName()
    {
        var scope1 = Message(Bytes(2, Message(Text(1, "cutover.api.calls"), Text(3, "{call}"))), Bytes(2, Message(Text(1, "cutover.step.duration"))));
        var scope2 = Message(Bytes(2, Message(Text(1, "cutover.inbound.ack.duration"), Bytes(7, Message(Varint(2, 1))))));
        var export = Message(Bytes(1, Message(Bytes(1, Resource("cutover")), Bytes(2, scope1), Bytes(2, scope2))));

        Assert.Equal(["cutover.api.calls", "cutover.step.duration", "cutover.inbound.ack.duration"], OtlpPayloads.MetricNames(export));
    }

    [Theory]
    [InlineData("length past the end", new byte[] { 0x0A, 0x05, 0x01 })]
    [InlineData("varint cut short", new byte[] { 0x08, 0x80 })]
    [InlineData("wire type 3", new byte[] { 0x0B })]
    [InlineData("fixed64 cut short", new byte[] { 0x09, 0x01, 0x02 })]
    public void LengthDelimitedFields_NotProtobuf_Throws(string name, byte[] bytes)
    {
        Assert.NotEmpty(name);
        Assert.Throws<FormatException>(() => ProtobufFields.LengthDelimitedFields(bytes));
    }

    private static byte[] Resource(string serviceName) => Message(Bytes(1, KeyValue("service.name", Text(1, serviceName))));

    private static byte[] KeyValue(string key, byte[] anyValueField) => Message(Text(1, key), Bytes(2, anyValueField));

    private static byte[] Message(params byte[][] fields) => [.. fields.SelectMany(f => f)];

    private static byte[] Text(int field, string text) => Bytes(field, Encoding.UTF8.GetBytes(text));

    private static byte[] Bytes(int field, byte[] payload) => [.. Encode((ulong)(field << 3 | 2)), .. Encode((ulong)payload.Length), .. payload];

    private static byte[] Varint(int field, ulong value) => [.. Encode((ulong)(field << 3)), .. Encode(value)];

    private static byte[] Fixed64(int field) => [.. Encode((ulong)(field << 3 | 1)), 1, 2, 3, 4, 5, 6, 7, 8];

    private static byte[] Fixed32(int field) => [.. Encode((ulong)(field << 3 | 5)), 1, 2, 3, 4];

    private static byte[] Encode(ulong value)
    {
        var bytes = new List<byte>();
        do
        {
            var b = (byte)(value & 0x7F);
            value >>= 7;
            bytes.Add(value == 0 ? b : (byte)(b | 0x80));
        }
        while (value != 0);
        return [.. bytes];
    }
}
