namespace Cutover.Sandbox.Dns;

/// <summary>A query's id, header flags and its one question (name lower-cased, without the final dot).</summary>
internal readonly record struct DnsQuestion(ushort Id, ushort Flags, string Name, ushort Type, ushort Class);
